/** One column of a human table. */
export interface Column<T> {
  header: string
  value: (row: T) => unknown
  /** Longest cell before it is cut with `…` (default 40; ids should say `Infinity`). */
  maxWidth?: number
  align?: 'left' | 'right'
}

const ELLIPSIS = '…'

/** Renders a cell: `-` for null/undefined, lists comma-joined, objects as compact JSON, one line. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '-'
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  if (Array.isArray(value)) return value.length === 0 ? '-' : value.map((v) => cellText(v)).join(',')
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value).replace(/\s+/g, ' ')
}

/** Cuts `text` to `width` characters, ending in `…` when cut. */
export function truncate(text: string, width: number): string {
  const chars = [...text]
  if (chars.length <= width) return text
  if (width <= 1) return ELLIPSIS.slice(0, width)
  return chars.slice(0, width - 1).join('') + ELLIPSIS
}

const length = (text: string) => [...text].length
const pad = (text: string, width: number, align: 'left' | 'right') =>
  align === 'right' ? ' '.repeat(width - length(text)) + text : text + ' '.repeat(width - length(text))

/**
 * Formats rows as aligned columns under upper-case headers, two spaces apart, each cell cut to
 * its column's `maxWidth`. The last column is not padded, so lines carry no trailing blanks.
 *
 * @example
 * ```ts
 * formatTable([{ id: 'wh_1', url: 'https://a.example' }], [
 *   { header: 'id', value: (w) => w.id, maxWidth: Infinity },
 *   { header: 'url', value: (w) => w.url },
 * ])
 * // ID    URL
 * // wh_1  https://a.example
 * ```
 */
export function formatTable<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  const cells = rows.map((row) => columns.map((c) => truncate(cellText(c.value(row)), c.maxWidth ?? 40)))
  const headers = columns.map((c) => c.header.toUpperCase())
  const widths = columns.map((_, i) => Math.max(length(headers[i]!), ...cells.map((r) => length(r[i]!))))
  const line = (values: string[]) =>
    values
      .map((v, i) =>
        i === values.length - 1
          ? columns[i]!.align === 'right'
            ? pad(v, widths[i]!, 'right')
            : v
          : pad(v, widths[i]!, columns[i]!.align ?? 'left'),
      )
      .join('  ')
  return [line(headers), ...cells.map(line)].join('\n') + '\n'
}

/** Formats one object as `key  value` lines, keys aligned; nested objects are compact JSON. */
export function formatRecord(record: Readonly<Record<string, unknown>>, maxWidth = 100): string {
  const keys = Object.keys(record)
  const width = Math.max(0, ...keys.map(length))
  return (
    keys.map((k) => `${pad(k, width, 'left')}  ${truncate(cellText(record[k]), maxWidth)}`).join('\n') + '\n'
  )
}
