/** Label values of one series, by label name. */
export type Labels = Readonly<Record<string, string>>

/** Anything that can write itself in the Prometheus text exposition format (version 0.0.4). */
export interface Collector {
  readonly name: string
  /** `# HELP`, `# TYPE` and sample lines, without a trailing newline. */
  collect(): string
}

/** Prometheus escapes `\`, `"` and newlines in label values, and `\` and newlines in HELP text. */
function escapeLabelValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')
}

function escapeHelp(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')
}

/** `{a="1",b="2"}`, or nothing for no labels. */
export function formatLabels(labels: Labels): string {
  const pairs = Object.entries(labels).map(([k, v]) => `${k}="${escapeLabelValue(v)}"`)
  return pairs.length === 0 ? '' : `{${pairs.join(',')}}`
}

/** Sample values as Prometheus writes them: `+Inf`, `-Inf`, `NaN`, else the shortest decimal. */
export function formatValue(value: number): string {
  if (value === Number.POSITIVE_INFINITY) return '+Inf'
  if (value === Number.NEGATIVE_INFINITY) return '-Inf'
  if (Number.isNaN(value)) return 'NaN'
  return String(value)
}

/** The `# HELP` and `# TYPE` lines every metric family starts with. */
export function header(name: string, help: string, type: 'counter' | 'gauge' | 'histogram'): string {
  return `# HELP ${name} ${escapeHelp(help)}\n# TYPE ${name} ${type}`
}

/** A monotonically increasing count per label set. */
export class Counter implements Collector {
  readonly #values = new Map<string, { labels: Labels; value: number }>()

  constructor(
    readonly name: string,
    readonly help: string,
    /** Label sets written even before their first increment, so rates start at 0 rather than appear late. */
    initial: readonly Labels[] = [],
  ) {
    for (const labels of initial) this.#series(labels)
  }

  #series(labels: Labels): { labels: Labels; value: number } {
    const key = formatLabels(labels)
    let series = this.#values.get(key)
    if (!series) {
      series = { labels, value: 0 }
      this.#values.set(key, series)
    }
    return series
  }

  inc(labels: Labels = {}, by = 1): void {
    if (!(by >= 0)) throw new RangeError(`${this.name}: a counter only goes up (got ${by})`)
    this.#series(labels).value += by
  }

  /** The current value for `labels` (0 when never incremented). */
  get(labels: Labels = {}): number {
    return this.#values.get(formatLabels(labels))?.value ?? 0
  }

  collect(): string {
    const lines = [header(this.name, this.help, 'counter')]
    for (const { labels, value } of this.#values.values()) {
      lines.push(`${this.name}${formatLabels(labels)} ${formatValue(value)}`)
    }
    return lines.join('\n')
  }
}

/** A distribution of observations in cumulative buckets, with their sum and count. */
export class Histogram implements Collector {
  readonly buckets: readonly number[]
  readonly #counts: number[]
  #sum = 0
  #count = 0

  constructor(
    readonly name: string,
    readonly help: string,
    buckets: readonly number[],
  ) {
    const sorted = [...buckets].sort((a, b) => a - b)
    if (sorted.some((b, i) => i > 0 && b === sorted[i - 1])) throw new RangeError(`${name}: duplicate bucket`)
    this.buckets = sorted
    this.#counts = sorted.map(() => 0)
  }

  observe(value: number): void {
    for (let i = 0; i < this.buckets.length; i++) if (value <= this.buckets[i]!) this.#counts[i]! += 1
    this.#sum += value
    this.#count += 1
  }

  get count(): number {
    return this.#count
  }

  get sum(): number {
    return this.#sum
  }

  collect(): string {
    const lines = [header(this.name, this.help, 'histogram')]
    this.buckets.forEach((le, i) => {
      lines.push(`${this.name}_bucket{le="${formatValue(le)}"} ${this.#counts[i]}`)
    })
    lines.push(`${this.name}_bucket{le="+Inf"} ${this.#count}`)
    lines.push(`${this.name}_sum ${formatValue(this.#sum)}`)
    lines.push(`${this.name}_count ${this.#count}`)
    return lines.join('\n')
  }
}

/** A gauge whose samples are supplied at render time (e.g. queried from the database). */
export function renderGauge(
  name: string,
  help: string,
  samples: readonly { labels?: Labels; value: number }[],
): string {
  const lines = [header(name, help, 'gauge')]
  for (const { labels = {}, value } of samples)
    lines.push(`${name}${formatLabels(labels)} ${formatValue(value)}`)
  return lines.join('\n')
}
