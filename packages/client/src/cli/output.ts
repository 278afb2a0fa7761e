import type { CliIo } from './io.js'
import { type Column, formatRecord, formatTable } from './table.js'

/** Prints a value as the API sent it, pretty-printed, for scripts. */
export function printJson(io: CliIo, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`)
}

/** Prints rows as an aligned table, or `(none)` when there are none. */
export function printTable<T>(io: CliIo, rows: readonly T[], columns: readonly Column<T>[]): void {
  io.stdout.write(rows.length === 0 ? '(none)\n' : formatTable(rows, columns))
}

/** Prints one object as aligned `key  value` lines. */
export function printRecord(io: CliIo, record: Readonly<Record<string, unknown>>): void {
  io.stdout.write(formatRecord(record))
}

/** Prints a line for people on stderr (notes and hints, never data). */
export function note(io: CliIo, text: string): void {
  io.stderr.write(`${text}\n`)
}
