import type { RequestHandler } from 'express'
import { ApiProblem, describeFields, type ProblemField } from './problem.js'

// PostgreSQL text and jsonb cannot hold U+0000, and UTF-8 cannot encode a lone surrogate (`"\ud800"`
// is valid JSON but not valid Unicode). Either would only fail at the database, as a 500.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

function problemOf(text: string): string | undefined {
  if (text.includes('\u0000')) return 'must not contain the NUL character (U+0000)'
  if (LONE_SURROGATE.test(text)) return 'must be valid Unicode: it holds a lone surrogate such as \\ud800'
  return undefined
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1')
}

/** How deep a request body may nest; deeper is refused rather than walked (and stored). */
export const MAX_BODY_DEPTH = 64

/**
 * Every string in `value` (object keys included) that the store could not hold, each at its JSON
 * Pointer under `path`, and any part nested deeper than {@link MAX_BODY_DEPTH}; at most `max`, so a
 * hostile body cannot make the answer huge. Walks without recursion: a body of 100,000 nested `[`
 * must not overflow the stack.
 */
export function findUnstorableText(value: unknown, path = '', max = 20): ProblemField[] {
  const found: ProblemField[] = []
  // Entries are values to walk, or (depth -1) a problem with a member's name, reported in turn.
  const stack: [unknown, string, number][] = [[value, path, 0]]
  while (stack.length > 0 && found.length < max) {
    const [node, at, depth] = stack.pop()!
    if (depth < 0) {
      found.push({ path: at, message: node as string })
      continue
    }
    if (typeof node === 'string') {
      const message = problemOf(node)
      if (message) found.push({ path: at, message })
      continue
    }
    if (node === null || typeof node !== 'object') continue
    if (depth >= MAX_BODY_DEPTH) {
      found.push({ path: at, message: `is nested more than ${MAX_BODY_DEPTH} levels deep` })
      continue
    }
    const entries: [string, unknown][] = Array.isArray(node)
      ? node.map((item, i) => [String(i), item])
      : Object.entries(node)
    // Reversed onto the stack, so problems are reported in document order.
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, item] = entries[i]!
      const keyProblem = Array.isArray(node) ? undefined : problemOf(key)
      const here = `${at}/${escapePointer(key)}`
      stack.push(keyProblem ? [`has a name that ${keyProblem}`, here, -1] : [item, here, depth + 1])
    }
  }
  return found
}

/** Refuses a parsed JSON body holding text the store cannot hold, naming each field (400). */
export function assertStorableBody(body: unknown): void {
  const fields = findUnstorableText(body)
  if (fields.length > 0) {
    throw new ApiProblem('invalid_request', describeFields('The request body', fields), fields)
  }
}

/** Refuses query parameters holding text the store cannot hold (`?agent_id=%00`), by name (400). */
export const storableQuery: RequestHandler = (req, _res, next) => {
  const fields: ProblemField[] = []
  for (const [name, value] of Object.entries((req.query ?? {}) as Record<string, unknown>)) {
    const problems = findUnstorableText(value)
    if (problems.length > 0 || problemOf(name))
      fields.push({ path: name, message: problems[0]?.message ?? problemOf(name)! })
  }
  if (fields.length > 0) throw new ApiProblem('invalid_request', describeFields('The query', fields), fields)
  next()
}
