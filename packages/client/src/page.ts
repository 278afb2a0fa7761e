/** One page of a list endpoint: `{data, total, offset, limit, has_more}`. */
export interface Page<T> {
  data: T[]
  /** Items matching the filters across all pages. */
  total: number
  offset: number
  limit: number
  has_more: boolean
}

/** `offset`/`limit` query parameters of every list endpoint (`limit` 1–100, default 20). */
export interface PageParams {
  offset?: number
  limit?: number
}
