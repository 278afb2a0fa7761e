import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'

/** A request the test server received. */
export interface Recorded {
  method: string
  /** Path and query, e.g. `/v1/webhooks?limit=20`. */
  url: string
  headers: IncomingHttpHeaders
  body: string
}

/** How the test server answers one request. */
export interface Reply {
  status: number
  headers?: Record<string, string>
  /** An object is sent as JSON (`application/problem+json` for status >= 400); a string as text. */
  body?: unknown
  /** Drop the connection without answering (a network error for the client). */
  destroy?: boolean
}

export interface TestServer {
  url: string
  requests: Recorded[]
  close(): Promise<void>
}

/** A real HTTP server on 127.0.0.1, port 0, answering each request with `handler` (given its index). */
export async function startServer(
  handler: (req: Recorded, index: number) => Reply | Promise<Reply>,
): Promise<TestServer> {
  const requests: Recorded[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', async () => {
      const recorded = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      }
      requests.push(recorded)
      const reply = await handler(recorded, requests.length - 1)
      if (reply.destroy) {
        req.socket.destroy()
        return
      }
      const headers: Record<string, string> = { ...reply.headers }
      let body = ''
      if (typeof reply.body === 'string') {
        body = reply.body
        headers['content-type'] ??= 'text/plain'
      } else if (reply.body !== undefined) {
        body = JSON.stringify(reply.body)
        headers['content-type'] ??= reply.status >= 400 ? 'application/problem+json' : 'application/json'
      }
      res.writeHead(reply.status, headers).end(body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** A problem document as the sender writes it. */
export function problem(status: number, title: string, detail: string, extra: Record<string, unknown> = {}) {
  const slug = title.toLowerCase().replace(/\s+/g, '-')
  return { status, body: { type: `/problems/${slug}`, title, status, detail, ...extra } }
}
