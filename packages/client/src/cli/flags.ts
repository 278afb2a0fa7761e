import { UsageError } from './cli-errors.js'

/** Parsed flag values as node:util parseArgs returns them. */
export type FlagValues = Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>

/** A string flag's value, or `undefined` when not given. */
export function stringFlag(values: FlagValues, name: string): string | undefined {
  const value = values[name]
  if (value === undefined) return undefined
  if (typeof value !== 'string') throw new UsageError(`--${name} needs a value`)
  return value
}

/** Every value of a repeatable string flag. */
export function stringFlags(values: FlagValues, name: string): string[] {
  const value = values[name]
  if (value === undefined) return []
  return (Array.isArray(value) ? value : [value]).map(String)
}

/** A string flag that must be given. */
export function requiredFlag(values: FlagValues, name: string, placeholder: string): string {
  const value = stringFlag(values, name)
  if (value === undefined || value === '') throw new UsageError(`--${name} ${placeholder} is required`)
  return value
}

/** `a,b , c` → `['a', 'b', 'c']`. */
export function listFlag(values: FlagValues, name: string): string[] | undefined {
  const value = stringFlag(values, name)
  if (value === undefined) return undefined
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
  if (items.length === 0) throw new UsageError(`--${name} needs at least one value, like a,b`)
  return items
}

/** A list flag whose every item must be one of `allowed`. */
export function enumListFlag<T extends string>(
  values: FlagValues,
  name: string,
  allowed: readonly T[],
): T[] | undefined {
  const items = listFlag(values, name)
  if (!items) return undefined
  for (const item of items) {
    if (!allowed.includes(item as T)) {
      throw new UsageError(`--${name}: "${item}" is not one of ${allowed.join(', ')}`)
    }
  }
  return items as T[]
}

/** A flag whose value must be one of `allowed`. */
export function enumFlag<T extends string>(
  values: FlagValues,
  name: string,
  allowed: readonly T[],
): T | undefined {
  const value = stringFlag(values, name)
  if (value === undefined) return undefined
  if (!allowed.includes(value as T))
    throw new UsageError(`--${name}: "${value}" is not one of ${allowed.join(', ')}`)
  return value as T
}

/** A whole-number flag within `[min, max]`. */
export function integerFlag(values: FlagValues, name: string, min: number, max: number): number | undefined {
  const value = stringFlag(values, name)
  if (value === undefined) return undefined
  const number = Number(value)
  if (!/^-?\d+$/.test(value.trim()) || number < min || number > max) {
    throw new UsageError(`--${name}: "${value}" must be a whole number from ${min} to ${max}`)
  }
  return number
}

/** `true` / `false` (also yes/no, 1/0). */
export function booleanValueFlag(values: FlagValues, name: string): boolean | undefined {
  const value = stringFlag(values, name)
  if (value === undefined) return undefined
  const normalised = value.trim().toLowerCase()
  if (['true', 'yes', '1', 'on'].includes(normalised)) return true
  if (['false', 'no', '0', 'off'].includes(normalised)) return false
  throw new UsageError(`--${name}: "${value}" must be true or false`)
}

/** A string flag where `''` means "clear it" (`null`), for PATCH-style updates. */
export function nullableFlag(values: FlagValues, name: string): string | null | undefined {
  const value = stringFlag(values, name)
  if (value === undefined) return undefined
  return value === '' ? null : value
}

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }

/**
 * A point in time: an ISO 8601 / RFC 3339 date-time, or a duration ago (`30m`, `2h`, `7d`).
 * Returned as an RFC 3339 UTC string, as the API expects.
 */
export function timeFlag(values: FlagValues, name: string, now: number = Date.now()): string | undefined {
  const value = stringFlag(values, name)
  if (value === undefined) return undefined
  const ago = /^(\d+)([smhd])$/.exec(value.trim())
  if (ago) return new Date(now - Number(ago[1]) * UNITS[ago[2]!]!).toISOString()
  // Date-only or zone-less strings are ambiguous: require a full date-time with a zone.
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i.test(value.trim())) {
    throw new UsageError(
      `--${name}: "${value}" must be a date-time like 2026-04-01T00:00:00Z or a duration ago like 2h`,
    )
  }
  const time = Date.parse(value)
  if (Number.isNaN(time)) throw new UsageError(`--${name}: "${value}" is not a valid date-time`)
  return new Date(time).toISOString()
}

/** `Name: value` → `['Name', 'value']` for `--header`. */
export function headerFlags(values: FlagValues, name: string): Record<string, string> | undefined {
  const raw = stringFlags(values, name)
  if (raw.length === 0) return undefined
  const headers: Record<string, string> = {}
  for (const line of raw) {
    const colon = line.indexOf(':')
    if (colon <= 0) throw new UsageError(`--${name}: "${line}" must look like "Name: value"`)
    headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim()
  }
  return headers
}
