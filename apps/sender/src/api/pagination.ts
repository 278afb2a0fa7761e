import type { Input } from './input.js'

/** Which slice of a list to answer. */
export interface PageRequest {
  offset: number
  limit: number
}

/** A list answer: `{ data, total, offset, limit, has_more }`. */
export interface Page<T> extends PageRequest {
  data: T[]
  total: number
  has_more: boolean
}

/** Reads `offset` (≥ 0, default 0) and `limit` (1–100, default 20); bad values are recorded on `query`. */
export function readPage(query: Input): PageRequest {
  const offset = query.integer('offset', { min: 0 }) ?? 0
  const limit = query.integer('limit', { min: 1, max: 100 }) ?? 20
  return { offset, limit }
}

export function page<T>(data: T[], total: number, request: PageRequest): Page<T> {
  return {
    data,
    total,
    offset: request.offset,
    limit: request.limit,
    has_more: request.offset + data.length < total,
  }
}
