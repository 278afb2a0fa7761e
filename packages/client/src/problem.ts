/** One failing field of a rejected request: a JSON pointer (or dotted path) and what is wrong there. */
export interface ProblemFieldError {
  path: string
  message: string
}

/** An RFC 9457 problem document as the management API sends it (`application/problem+json`). */
export interface Problem {
  type: string
  title: string
  status: number
  detail?: string
  errors?: ProblemFieldError[]
  /** Any other member the server adds (extension members). */
  [extension: string]: unknown
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function fieldErrors(value: unknown): ProblemFieldError[] | undefined {
  if (!Array.isArray(value)) return undefined
  return value.filter(isRecord).map((e) => ({
    path: typeof e['path'] === 'string' ? e['path'] : '',
    message: typeof e['message'] === 'string' ? e['message'] : String(e['message'] ?? 'is invalid'),
  }))
}

/**
 * Reads a problem from whatever an error response carried: a problem document, other JSON, plain
 * text or nothing. Missing members are filled from the HTTP status so callers always get a whole problem.
 */
export function toProblem(body: unknown, status: number, statusText: string): Problem {
  const title = statusText || `HTTP ${status}`
  if (!isRecord(body)) {
    const text = typeof body === 'string' ? body.trim().slice(0, 500) : ''
    return { type: 'about:blank', title, status, ...(text ? { detail: text } : {}) }
  }
  const problem: Problem = {
    ...body,
    type: typeof body['type'] === 'string' ? body['type'] : 'about:blank',
    title: typeof body['title'] === 'string' ? body['title'] : title,
    status: typeof body['status'] === 'number' ? body['status'] : status,
  }
  if (typeof body['detail'] === 'string') problem.detail = body['detail']
  else delete problem.detail
  const errors = fieldErrors(body['errors'])
  if (errors) problem.errors = errors
  else delete problem.errors
  return problem
}
