import type { DeliveryStats } from '@voicehooks/client'
import { percent, utcTime } from '../lib/format.js'

const WIDTH = 240
const HEIGHT = 48

/**
 * The last hours' deliveries as stacked bars (delivered, failed, pending) in an SVG, with the success rate
 * beside it. Each bar has a title for hover; the whole chart has a text alternative.
 */
export function DeliveryChart({ stats, compact = false }: { stats: DeliveryStats; compact?: boolean }) {
  const max = Math.max(1, ...stats.buckets.map((b) => b.delivered + b.failed + b.pending))
  const step = WIDTH / Math.max(1, stats.buckets.length)
  const bar = Math.max(1, step - 2)
  const total = stats.delivered + stats.failed + stats.pending
  const summary = `Last ${stats.buckets.length} hours: ${stats.delivered} delivered, ${stats.failed} failed, ${stats.pending} pending`
  return (
    <figure class={`chart ${compact ? 'compact' : ''}`}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary} preserveAspectRatio="none">
        <title>{summary}</title>
        <line x1="0" y1={HEIGHT - 0.5} x2={WIDTH} y2={HEIGHT - 0.5} class="chart-axis" />
        {stats.buckets.map((b, i) => {
          const scale = (n: number) => (n / max) * (HEIGHT - 2)
          const d = scale(b.delivered)
          const f = scale(b.failed)
          const p = scale(b.pending)
          const x = i * step + 1
          return (
            <g key={b.start}>
              <title>{`${utcTime(b.start)}: ${b.delivered} delivered, ${b.failed} failed, ${b.pending} pending`}</title>
              <rect x={x} y={HEIGHT - d} width={bar} height={d} class="bar-delivered" />
              <rect x={x} y={HEIGHT - d - f} width={bar} height={f} class="bar-failed" />
              <rect x={x} y={HEIGHT - d - f - p} width={bar} height={p} class="bar-pending" />
            </g>
          )
        })}
      </svg>
      <figcaption>
        {total === 0 ? (
          <span class="muted">No deliveries in the last {stats.buckets.length} h</span>
        ) : (
          <>
            <strong class="rate">{stats.success_rate === null ? '—' : percent(stats.success_rate)}</strong>{' '}
            <span class="muted">success</span>
            <span class="legend">
              <span class="key key-delivered">{stats.delivered} delivered</span>
              <span class="key key-failed">{stats.failed} failed</span>
              {stats.pending > 0 ? <span class="key key-pending">{stats.pending} pending</span> : null}
            </span>
          </>
        )}
      </figcaption>
    </figure>
  )
}
