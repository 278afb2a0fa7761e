import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { until } from '@voicehooks/testkit'
import { afterEach, describe, expect, it } from 'vitest'
import { createHttpSender } from './http-sender.js'

const policy = { allowHttp: true, allowList: ['127.0.0.1'] }
let server: Server | undefined
afterEach(() => {
  server?.closeAllConnections()
  server?.close()
})

/** A server that never answers `/hang` and answers everything else at once; counts open connections. */
async function hangingServer(): Promise<{ url: string; open: () => number; opened: () => number }> {
  let open = 0
  let opened = 0
  server = createServer((req, res) => {
    req.resume()
    if (req.url !== '/hang') res.end('ok')
  })
  server.keepAliveTimeout = 60_000
  server.on('connection', (socket) => {
    open += 1
    opened += 1
    socket.on('close', () => {
      open -= 1
    })
  })
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}`, open: () => open, opened: () => opened }
}

describe('createHttpSender', () => {
  it('leaves no connection open after timed-out attempts (the fresh one undici opens is closed)', async () => {
    const target = await hangingServer()
    const http = createHttpSender({ timeoutMs: 300, targetPolicy: policy })
    try {
      const results = await Promise.all(
        [1, 2, 3].map(() => http.send({ url: `${target.url}/hang`, headers: {}, body: '{}' })),
      )
      expect(results.map((r) => r.error)).toEqual(Array(3).fill('timeout after 300 ms'))
      // undici reconnects once per aborted request; those sockets send nothing and are closed.
      await until(() => target.open() === 0, 'every connection to the hanging endpoint closed', 2000)
      const later = await http.send({ url: `${target.url}/ok`, headers: {}, body: '{}' })
      expect(later).toMatchObject({ ok: true, statusCode: 200 })
    } finally {
      await http.destroy()
    }
  })

  it('keeps a connection that serves requests open and reuses it', async () => {
    const target = await hangingServer()
    const http = createHttpSender({ timeoutMs: 300, targetPolicy: policy })
    try {
      for (let i = 0; i < 5; i++) {
        expect((await http.send({ url: `${target.url}/ok`, headers: {}, body: '{}' })).ok).toBe(true)
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      expect(target.opened()).toBe(1)
      expect(target.open()).toBe(1)
    } finally {
      await http.destroy()
    }
  })
})
