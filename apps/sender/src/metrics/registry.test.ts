import { describe, expect, it } from 'vitest'
import { Counter, formatLabels, Histogram, renderGauge } from './registry.js'

describe('Prometheus registry', () => {
  it('writes counters with HELP, TYPE and escaped labels, pre-declared series at 0', () => {
    const counter = new Counter('jobs_total', 'Jobs done.\nPer outcome.', [
      { outcome: 'ok' },
      { outcome: 'error' },
    ])
    counter.inc({ outcome: 'ok' })
    counter.inc({ outcome: 'ok' }, 2)
    counter.inc({ outcome: 'weird "quoted" \\ value\n' })
    expect(counter.collect()).toBe(
      [
        '# HELP jobs_total Jobs done.\\nPer outcome.',
        '# TYPE jobs_total counter',
        'jobs_total{outcome="ok"} 3',
        'jobs_total{outcome="error"} 0',
        'jobs_total{outcome="weird \\"quoted\\" \\\\ value\\n"} 1',
      ].join('\n'),
    )
    expect(counter.get({ outcome: 'ok' })).toBe(3)
    expect(() => counter.inc({}, -1)).toThrow(RangeError)
  })

  it('writes cumulative histogram buckets with +Inf, _sum and _count', () => {
    const histogram = new Histogram('latency_seconds', 'Latency.', [0.1, 0.005, 1])
    for (const v of [0.001, 0.05, 0.05, 0.5, 3]) histogram.observe(v)
    expect(histogram.collect()).toBe(
      [
        '# HELP latency_seconds Latency.',
        '# TYPE latency_seconds histogram',
        'latency_seconds_bucket{le="0.005"} 1',
        'latency_seconds_bucket{le="0.1"} 3',
        'latency_seconds_bucket{le="1"} 4',
        'latency_seconds_bucket{le="+Inf"} 5',
        'latency_seconds_sum 3.601',
        'latency_seconds_count 5',
      ].join('\n'),
    )
  })

  it('writes gauges and label sets', () => {
    expect(
      renderGauge('depth', 'Depth.', [{ labels: { status: 'pending' }, value: 2 }, { value: 0.5 }]),
    ).toBe('# HELP depth Depth.\n# TYPE depth gauge\ndepth{status="pending"} 2\ndepth 0.5')
    expect(formatLabels({})).toBe('')
    expect(formatLabels({ a: '1', b: '2' })).toBe('{a="1",b="2"}')
  })
})
