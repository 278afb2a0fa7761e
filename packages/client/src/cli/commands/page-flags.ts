import type { PageParams } from '../../page.js'
import { type FlagValues, integerFlag } from '../flags.js'

/** `--all`, `--limit`, `--offset` of every list command. */
export const pageOptions = {
  all: { type: 'boolean' },
  limit: { type: 'string' },
  offset: { type: 'string' },
} as const

/** The page flags given, as query parameters. */
export function pageParams(values: FlagValues): PageParams {
  const params: PageParams = {}
  const limit = integerFlag(values, 'limit', 1, 100)
  if (limit !== undefined) params.limit = limit
  const offset = integerFlag(values, 'offset', 0, Number.MAX_SAFE_INTEGER)
  if (offset !== undefined) params.offset = offset
  return params
}
