import type { EventTypeInfo, VoicehooksClient } from '@voicehooks/client'
import { useAsync } from './use-async.js'

const cache = new WeakMap<VoicehooksClient, Promise<EventTypeInfo[]>>()

/** The whole event catalog (`GET /v1/event-types`, every page), fetched once per session. */
export function loadCatalog(client: VoicehooksClient): Promise<EventTypeInfo[]> {
  let pending = cache.get(client)
  if (!pending) {
    pending = (async () => {
      const all: EventTypeInfo[] = []
      for (let offset = 0; ; offset += 100) {
        const page = await client.events.types({ offset, limit: 100 })
        all.push(...page.data)
        if (!page.has_more) return all
      }
    })()
    pending.catch(() => cache.delete(client))
    cache.set(client, pending)
  }
  return pending
}

export function useCatalog(client: VoicehooksClient) {
  return useAsync(() => loadCatalog(client), [client])
}
