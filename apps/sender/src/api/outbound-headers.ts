import { headerProblem } from '../security/header-rules.js'
import type { Input } from './input.js'

function pointerKey(name: string): string {
  return name.replace(/~/g, '~0').replace(/\//g, '~1')
}

/**
 * Reads custom request headers a delivery will carry (a webhook's `headers`, a call's
 * `callback_args.headers`) at `at`, a JSON Pointer: RFC 9110 names and sendable values (else 400);
 * transport headers and the sender's own, signatures included, are refused (422). At most 20, and a
 * name only once whatever its case.
 */
export function readOutboundHeaders(
  input: Input,
  value: unknown,
  at: string,
  headerPrefix: string,
): Record<string, string> | undefined {
  if (value === undefined) return undefined
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    input.invalid(at, 'must be an object of header names to string values')
    return undefined
  }
  const entries = Object.entries(value)
  if (entries.length > 20) input.invalid(at, 'must hold at most 20 headers')
  const seen = new Set<string>()
  for (const [name, item] of entries) {
    const path = `${at}/${pointerKey(name)}`
    const problem = headerProblem(name, item, headerPrefix)
    if (problem?.kind === 'invalid') input.invalid(path, problem.message)
    else if (problem) input.refuse(path, problem.message)
    else if (seen.has(name.toLowerCase()))
      input.invalid(path, `names ${name} a second time (header names ignore case)`)
    seen.add(name.toLowerCase())
  }
  return value as Record<string, string>
}

/**
 * Reads `callback_args.params`, added to the callback URL's query string: names of 1–100
 * characters, string values of at most 1000, at most 20.
 */
export function readQueryParams(
  input: Input,
  value: unknown,
  at: string,
): Record<string, string> | undefined {
  if (value === undefined) return undefined
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    input.invalid(at, 'must be an object of parameter names to string values')
    return undefined
  }
  const entries = Object.entries(value)
  if (entries.length > 20) input.invalid(at, 'must hold at most 20 parameters')
  for (const [name, item] of entries) {
    const path = `${at}/${pointerKey(name)}`
    if (name.length === 0 || name.length > 100) input.invalid(path, 'must be a name of 1–100 characters')
    else if (typeof item !== 'string') input.invalid(path, 'must be a string')
    else if (item.length > 1000) input.invalid(path, 'must be at most 1000 characters')
  }
  return value as Record<string, string>
}
