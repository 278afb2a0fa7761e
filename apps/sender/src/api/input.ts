import { ApiProblem, describeFields, type ProblemField } from './problem.js'

interface StringRule {
  min?: number
  max?: number
  pattern?: RegExp
  patternMessage?: string
}

interface IntegerRule {
  min?: number
  max?: number
}

// The `email` format of ajv-formats, so an address accepted here also passes the contract validators.
const EMAIL =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i

/**
 * Reads one request's input and gathers every problem before answering, so a client sees all its
 * mistakes at once. Shape errors (missing, unknown, wrong type, out of range) answer 400; values that
 * are well formed but refused (an unknown event type, a private URL) answer 422. Readers return
 * `undefined` for an absent field and `null` for an explicit null where null is allowed.
 */
export class Input {
  readonly #invalid: ProblemField[] = []
  readonly #refused: ProblemField[] = []

  readonly #prefix: string
  readonly #where: string

  /** `prefix` is `/` for body fields (JSON Pointers), `` for query parameters (plain names). */
  private constructor(
    readonly values: Record<string, unknown>,
    prefix: string,
    where: string,
  ) {
    this.#prefix = prefix
    this.#where = where
  }

  /** The JSON body, which must be an object with only `allowed` keys. An absent body reads as `{}`. */
  static body(body: unknown, allowed: readonly string[]): Input {
    if (body === undefined) return new Input({}, '/', 'The request body')
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      throw new ApiProblem('invalid_request', 'The request body must be a JSON object.', [
        { path: '', message: 'must be a JSON object' },
      ])
    }
    const input = new Input(body as Record<string, unknown>, '/', 'The request body')
    for (const key of Object.keys(body)) {
      if (!allowed.includes(key)) input.invalid(key, 'is not a known field')
    }
    return input
  }

  /**
   * A JSON object nested in a body at `pointer` (`/events/3`), which may have only `allowed` keys;
   * its problems are reported at paths under that pointer. Fold it back with {@link Input.merge}.
   */
  static nested(value: Record<string, unknown>, allowed: readonly string[], pointer: string): Input {
    const input = new Input(value, `${pointer}/`, 'The request body')
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) input.invalid(key, 'is not a known field')
    }
    return input
  }

  /** Takes over every problem `other` recorded (a nested object's), so `done()` reports them all. */
  merge(other: Input): void {
    this.#invalid.push(...other.#invalid)
    this.#refused.push(...other.#refused)
  }

  /** Query parameters; unknown ones are ignored, as browsers and proxies add their own. */
  static query(query: unknown): Input {
    const values = query && typeof query === 'object' ? (query as Record<string, unknown>) : {}
    return new Input(values, '', 'The query')
  }

  /** Where `key` is, as reported in `errors[].path`; `''` is the whole body. */
  path(key: string): string {
    return key === '' ? '' : `${this.#prefix}${key}`
  }

  has(key: string): boolean {
    return this.values[key] !== undefined
  }

  /** Records a shape problem (400) at `key`, or at a full path when it starts with `/`. */
  invalid(key: string, message: string): void {
    this.#invalid.push({ path: key.startsWith('/') ? key : this.path(key), message })
  }

  /** Records a shape problem (400) of a header or path parameter, named as is (`Idempotency-Key`). */
  invalidParameter(name: string, message: string): void {
    this.#invalid.push({ path: name, message })
  }

  /** Records a refusal (422) at `key`, or at a full path when it starts with `/`. */
  refuse(key: string, message: string): void {
    this.#refused.push({ path: key.startsWith('/') ? key : this.path(key), message })
  }

  get ok(): boolean {
    return this.#invalid.length === 0 && this.#refused.length === 0
  }

  /** Throws the gathered problems: 400 if any input is malformed, else 422 if any was refused. */
  done(): void {
    if (this.#invalid.length > 0) {
      throw new ApiProblem('invalid_request', describeFields(this.#where, this.#invalid), this.#invalid)
    }
    if (this.#refused.length > 0) {
      throw new ApiProblem('unprocessable', describeFields(this.#where, this.#refused), this.#refused)
    }
  }

  #raw(key: string, required: boolean): unknown {
    const value = this.values[key]
    if (value === undefined && required) this.invalid(key, 'is required')
    return value
  }

  string(key: string, rule: StringRule & { required?: boolean } = {}): string | undefined {
    const value = this.#raw(key, rule.required ?? false)
    if (value === undefined) return undefined
    if (Array.isArray(value) && this.#prefix === '') {
      this.invalid(key, 'must be given once')
      return undefined
    }
    if (typeof value !== 'string') {
      this.invalid(key, 'must be a string')
      return undefined
    }
    if (rule.min !== undefined && value.length < rule.min) {
      this.invalid(key, rule.min === 1 ? 'must not be empty' : `must be at least ${rule.min} characters`)
      return undefined
    }
    if (rule.max !== undefined && value.length > rule.max) {
      this.invalid(key, `must be at most ${rule.max} characters`)
      return undefined
    }
    if (rule.pattern && !rule.pattern.test(value)) {
      this.invalid(key, rule.patternMessage ?? `must match ${rule.pattern.source}`)
      return undefined
    }
    return value
  }

  /** A string or null. */
  nullableString(key: string, rule: StringRule = {}): string | null | undefined {
    if (this.values[key] === null) return null
    return this.string(key, rule)
  }

  /** An e-mail address (a plausibility check; the mail server has the last word). */
  email(key: string, options: { required?: boolean; nullable?: boolean } = {}): string | null | undefined {
    if (options.nullable && this.values[key] === null) return null
    const value = options.required
      ? this.string(key, { required: true, max: 320 })
      : this.string(key, { max: 320 })
    if (value !== undefined && !EMAIL.test(value)) {
      this.invalid(key, 'must be an e-mail address')
      return undefined
    }
    return value
  }

  /** An integer; query strings are parsed, body values must be JSON numbers. */
  integer(key: string, rule: IntegerRule & { required?: boolean } = {}): number | undefined {
    let value = this.#raw(key, rule.required ?? false)
    if (value === undefined) return undefined
    if (this.#prefix === '' && typeof value === 'string' && /^-?\d+$/.test(value)) value = Number(value)
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
      this.invalid(key, 'must be an integer')
      return undefined
    }
    if (rule.min !== undefined && value < rule.min) {
      this.invalid(
        key,
        rule.max !== undefined ? `must be from ${rule.min} to ${rule.max}` : `must be >= ${rule.min}`,
      )
      return undefined
    }
    if (rule.max !== undefined && value > rule.max) {
      this.invalid(
        key,
        rule.min !== undefined ? `must be from ${rule.min} to ${rule.max}` : `must be <= ${rule.max}`,
      )
      return undefined
    }
    return value
  }

  /** An integer or null. */
  nullableInteger(key: string, rule: IntegerRule = {}): number | null | undefined {
    if (this.values[key] === null) return null
    return this.integer(key, rule)
  }

  /** A boolean; in a query, `true` or `false`. */
  boolean(key: string): boolean | undefined {
    const value = this.values[key]
    if (value === undefined) return undefined
    if (typeof value === 'boolean') return value
    if (this.#prefix === '' && (value === 'true' || value === 'false')) return value === 'true'
    this.invalid(key, 'must be true or false')
    return undefined
  }

  /** One of `choices`. */
  oneOf<T extends string>(key: string, choices: readonly T[]): T | undefined {
    const value = this.string(key)
    if (value === undefined) return undefined
    if (!(choices as readonly string[]).includes(value)) {
      this.invalid(key, `must be one of: ${choices.join(', ')}`)
      return undefined
    }
    return value as T
  }

  /** A list of distinct values from `choices`; a query parameter may repeat (`?status=a&status=b`). */
  listOf<T extends string>(key: string, choices: readonly T[]): T[] | undefined {
    let value = this.values[key]
    if (value === undefined) return undefined
    if (this.#prefix === '' && !Array.isArray(value)) value = [value]
    if (!Array.isArray(value) || value.length === 0) {
      this.invalid(key, 'must be a non-empty array')
      return undefined
    }
    const seen = new Set<string>()
    let good = true
    value.forEach((item, index) => {
      const at = this.#prefix === '' ? key : `${this.path(key)}/${index}`
      if (typeof item !== 'string' || !(choices as readonly string[]).includes(item)) {
        this.invalid(at, `must be one of: ${choices.join(', ')}`)
        good = false
      } else if (seen.has(item)) {
        this.invalid(at, `lists ${item} twice`)
        good = false
      }
      if (typeof item === 'string') seen.add(item)
    })
    return good ? (value as T[]) : undefined
  }

  /** An RFC 3339 date-time with a time zone, that exists on the calendar (no February 30th). */
  dateTime(key: string, options: { required?: boolean } = {}): Date | undefined {
    const value = this.string(key, { required: options.required ?? false })
    if (value === undefined) return undefined
    const date = parseDateTime(value)
    if (date === undefined) {
      this.invalid(key, 'must be an RFC 3339 date-time that exists, such as 2026-04-01T12:00:00Z')
      return undefined
    }
    return date
  }

  /** A JSON object (any keys). */
  object(key: string, options: { required?: boolean } = {}): Record<string, unknown> | undefined {
    const value = this.#raw(key, options.required ?? false)
    if (value === undefined) return undefined
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      this.invalid(key, 'must be an object')
      return undefined
    }
    return value as Record<string, unknown>
  }
}

const RFC3339 = /^(\d{4})-(\d\d)-(\d\d)[Tt](\d\d):(\d\d):(\d\d)(\.\d{1,9})?([Zz]|([+-])(\d\d):(\d\d))$/

/**
 * Parses an RFC 3339 date-time, refusing what JavaScript's `Date` would silently roll over
 * (`2026-02-30` becomes March 2nd, `24:00` the next day): every field is checked against the
 * calendar first. Leap seconds (`:60`) cannot be represented and are refused too.
 */
export function parseDateTime(text: string): Date | undefined {
  const m = RFC3339.exec(text)
  if (!m) return undefined
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ]
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
  if (days === undefined || day < 1 || day > days || hour > 23 || minute > 59 || second > 59) return undefined
  if (m[9] !== undefined && (Number(m[10]) > 23 || Number(m[11]) > 59)) return undefined
  const date = new Date(text)
  return Number.isNaN(date.getTime()) ? undefined : date
}

/** Path ids are opaque: anything that could not be an id of ours simply is not found. */
export function looksLikeId(id: string, prefix: string): boolean {
  return id.startsWith(`${prefix}_`) && /^[a-z]+_[0-9A-Za-z]{10,64}$/.test(id)
}
