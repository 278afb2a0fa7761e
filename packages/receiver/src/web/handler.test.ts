import { describe, expect, it } from 'vitest'
import { exampleEvent, now, SECRET, signEvent } from '../../test/deliveries.js'
import { Webhooks } from '../webhooks.js'

const URL = 'http://receiver.test/webhooks'

describe('Webhooks#toWebHandler()', () => {
  it('acknowledges a valid Request and hands the processing to waitUntil', async () => {
    const hooks = new Webhooks({ secret: SECRET, now })
    const seen: string[] = []
    hooks.on('call.completed', (event) => void seen.push(event.id))
    const kept: Promise<unknown>[] = []
    const handle = hooks.toWebHandler({ waitUntil: (promise) => void kept.push(promise) })
    const event = exampleEvent('call.completed')
    const { body, headers } = signEvent(event)

    const response = await handle(new Request(URL, { method: 'POST', body, headers }))

    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ received: true, status: 'accepted' })
    expect(kept).toHaveLength(1)
    await Promise.all(kept)
    expect(seen).toEqual([event.id])
  })

  it('answers problem+json for a bad signature', async () => {
    const handle = new Webhooks({ secret: SECRET, now }).toWebHandler()
    const { body, headers } = signEvent(exampleEvent('test.ping'))
    const response = await handle(new Request(URL, { method: 'POST', body: `${body} `, headers }))
    expect(response.status).toBe(401)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    expect(await response.json()).toMatchObject({ check: 'no_matching_signature' })
  })

  it('stops reading a streamed body past maxBodyBytes: 413', async () => {
    const handle = new Webhooks({ secret: SECRET, now, maxBodyBytes: 64 }).toWebHandler()
    let pulled = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1
        controller.enqueue(new Uint8Array(50))
      },
    })
    const { headers } = signEvent(exampleEvent('test.ping'))
    const request = new Request(URL, { method: 'POST', body: stream, headers, duplex: 'half' } as RequestInit)
    const response = await handle(request)
    expect(response.status).toBe(413)
    expect(pulled).toBeLessThan(5)
  })

  it('answers 405 to GET', async () => {
    const response = await new Webhooks({ secret: SECRET }).toWebHandler()(new Request(URL))
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('POST')
  })
})
