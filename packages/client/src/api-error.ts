import { VoicehooksApiError } from './errors.js'
import { toProblem } from './problem.js'
import { parseRetryAfter } from './retry-after.js'

/** Builds the error for a non-2xx response from its (already parsed) body. */
export function apiErrorFromResponse(response: Response, body: unknown): VoicehooksApiError {
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'))
  return new VoicehooksApiError(toProblem(body, response.status, response.statusText), {
    retryAfterSeconds: retryAfterMs === undefined ? undefined : Math.ceil(retryAfterMs / 1000),
  })
}

/** What every openapi-fetch call resolves to. */
interface FetchResult<T> {
  data?: T
  error?: unknown
  response: Response
}

/** Resolves to the response data, or throws {@link VoicehooksApiError} for any non-2xx answer. */
export async function unwrap<T>(request: Promise<FetchResult<T>>): Promise<T> {
  const { data, error, response } = await request
  if (!response.ok) throw apiErrorFromResponse(response, error)
  return data as T
}
