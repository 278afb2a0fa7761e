import type { Page, PageParams } from './page.js'

/**
 * Iterates every item of a list endpoint, fetching one page at a time (100 items a page unless
 * `params.limit` says otherwise), from `params.offset` (default 0) until `has_more` is false.
 * The parameters' type comes from `listFn`: annotate a wrapping arrow function's parameter so
 * filters such as `status` are checked.
 *
 * @example
 * ```ts
 * for await (const webhook of paginate(client.webhooks.list, { include_inactive: true })) console.log(webhook.id)
 * for await (const d of paginate((p: ListDeliveriesParams) => client.deliveries.list('wh_123', p), { status: ['failed'] })) console.log(d.id)
 * ```
 */
export async function* paginate<T, P extends PageParams>(
  listFn: (params: P) => Promise<Page<T>>,
  params: P = {} as P,
): AsyncGenerator<T, void, undefined> {
  let offset = params.offset ?? 0
  const limit = params.limit ?? 100
  for (;;) {
    const page = await listFn({ ...params, offset, limit })
    yield* page.data
    // An empty page ends the walk even if has_more is wrongly true, so a bad server cannot loop us forever.
    if (!page.has_more || page.data.length === 0) return
    offset = page.offset + page.data.length
  }
}
