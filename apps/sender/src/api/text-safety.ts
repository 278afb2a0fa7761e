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

/**
 * Every string in `value` (object keys included) that the store could not hold, each at its JSON
 * Pointer under `path`; at most `max`, so a hostile body cannot make the answer huge.
 */
export function findUnstorableText(value: unknown, path = '', max = 20): ProblemField[] {
  const found: ProblemField[] = []
  const walk = (node: unknown, at: string, depth: number): void => {
    if (found.length >= max) return
    if (typeof node === 'string') {
      const message = problemOf(node)
      if (message) found.push({ path: at, message })
    } else if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, `${at}/${i}`, depth + 1))
    } else if (node !== null && typeof node === 'object' && depth < 64) {
      for (const [key, item] of Object.entries(node)) {
        const keyProblem = problemOf(key)
        if (keyProblem)
          found.push({ path: `${at}/${escapePointer(key)}`, message: `has a name that ${keyProblem}` })
        else walk(item, `${at}/${escapePointer(key)}`, depth + 1)
      }
    }
  }
  walk(value, path, 0)
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
