import type { Response } from 'express'

/** One failing input: a JSON Pointer into the body (`/events/0`) or a parameter name (`limit`). */
export interface ProblemField {
  path: string
  message: string
}

/** The kinds of problem the API answers with; each has one status, `type` URI and title. */
export type ProblemKind =
  | 'invalid_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'method_not_allowed'
  | 'conflict'
  | 'payload_too_large'
  | 'unprocessable'
  | 'rate_limited'
  | 'unavailable'
  | 'internal'

const KINDS: Record<ProblemKind, { status: number; type: string; title: string }> = {
  invalid_request: { status: 400, type: '/problems/invalid-request', title: 'Invalid request' },
  unauthorized: { status: 401, type: '/problems/unauthorized', title: 'Unauthorized' },
  forbidden: { status: 403, type: '/problems/forbidden', title: 'Forbidden' },
  not_found: { status: 404, type: '/problems/not-found', title: 'Not found' },
  method_not_allowed: { status: 405, type: '/problems/method-not-allowed', title: 'Method not allowed' },
  conflict: { status: 409, type: '/problems/conflict', title: 'Conflict' },
  payload_too_large: { status: 413, type: '/problems/payload-too-large', title: 'Payload too large' },
  unprocessable: { status: 422, type: '/problems/unprocessable', title: 'Unprocessable content' },
  rate_limited: { status: 429, type: '/problems/rate-limited', title: 'Too many requests' },
  internal: { status: 500, type: '/problems/internal', title: 'Internal server error' },
  unavailable: { status: 503, type: '/problems/unavailable', title: 'Service unavailable' },
}

/**
 * An error the API answers as `application/problem+json` (RFC 9457). Route handlers throw it; the
 * error middleware renders it, so every client mistake gets one shape and never a stack trace.
 */
export class ApiProblem extends Error {
  override name = 'ApiProblem'
  readonly status: number
  readonly type: string
  readonly title: string

  constructor(
    readonly code: ProblemKind,
    readonly detail: string,
    readonly errors?: readonly ProblemField[],
    /** Extra response headers, such as `WWW-Authenticate` or `Allow`. */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(detail)
    const kind = KINDS[code]
    this.status = kind.status
    this.type = kind.type
    this.title = kind.title
  }
}

/** `errors` for a 400 or 422: "The request body has 2 problems." */
export function describeFields(where: string, fields: readonly ProblemField[]): string {
  const first = fields[0]
  if (fields.length === 1 && first) return `${first.path || where} ${first.message}`
  return `${where} has ${fields.length} problems.`
}

/** Writes `problem` as the response; `instance` is the request path. */
export function sendProblem(res: Response, problem: ApiProblem, instance: string): void {
  res
    .status(problem.status)
    .set({ ...problem.headers, 'content-type': 'application/problem+json; charset=utf-8' })
    .send(
      JSON.stringify({
        type: problem.type,
        title: problem.title,
        status: problem.status,
        detail: problem.detail,
        instance,
        ...(problem.errors && problem.errors.length > 0 ? { errors: problem.errors } : {}),
      }),
    )
}

/** `404` for an id not in this account, worded the same whether it exists elsewhere or not. */
export function notFound(what: string, id: string): ApiProblem {
  return new ApiProblem('not_found', `No ${what} ${id} in this account.`)
}
