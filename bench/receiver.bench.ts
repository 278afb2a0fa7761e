/**
 * Receiver throughput over real HTTP, each adapter against the bare handler it runs on:
 * - node:http: `createNodeMiddleware(webhooks)` against a bare `http.createServer` handler that reads
 *   the body and answers 200 (and, as in earlier runs, one that answers without reading it);
 * - Express 5: the same middleware on an Express route against a bare Express raw-body route
 *   (`express.raw()` then `res.json()`);
 * - Fetch API: `createWebHandler(webhooks)` against a bare Fetch handler that reads the body, both
 *   behind the same small node:http ↔ Request/Response bridge.
 * The receiver reads the raw body, verifies, parses, validates against the contract, dispatches to a
 * typed handler and answers. A hand-written "floor" does only the part no receiver can skip (read,
 * verify, parse, validate, answer) inline, so the table shows how much of the gap to bare node:http
 * is the adapter and how much is the work itself. Every request carries the same signed `call.completed` catalog example;
 * the idempotency store grants every claim, so each request is verified and dispatched (none is cut
 * short as a duplicate). The undici client runs in the same process and shares the CPU with every
 * server alike, so the ratios are what to read. Contenders run interleaved, round by round; each
 * figure is the median of the rounds.
 *
 *   pnpm bench:receiver   (node --conditions=@voicehooks/source --import tsx bench/receiver.bench.ts)
 */
import { once } from 'node:events'
import { createServer, type IncomingMessage, type RequestListener, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'
import { examples, validateEvent } from '@voicehooks/contracts'
import {
  createNodeMiddleware,
  createWebHandler,
  type IdempotencyStore,
  type WebHandler,
  Webhooks,
} from '@voicehooks/receiver'
import { createVerifier, generateSecret, sign } from '@voicehooks/signing'
import express from 'express'
import { Pool } from 'undici'

const WARMUP_MS = 400
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 5)
const ROUND_MS = 700
const CONNECTIONS = 16
const IN_FLIGHT = 64

const secret = generateSecret()
const event = examples['call.completed']
const body = JSON.stringify(event)
const headers = {
  ...sign({ id: event.id, timestamp: Math.floor(Date.now() / 1000), body, secret }),
  'content-type': 'application/json',
}

/** Grants every claim: measures verify + validate + dispatch on every request, not the duplicate path. */
const alwaysNew: IdempotencyStore = {
  claim: async () => true,
  complete: async () => undefined,
  release: async () => undefined,
}

function webhooks(): Webhooks {
  const hooks = new Webhooks({ secret, idempotency: alwaysNew, ackFirst: false })
  let dispatched = 0
  hooks.on('call.completed', (delivered) => {
    if (delivered.data.call_id) dispatched += 1
  })
  hooks.onError((error) => {
    throw new Error(`bench delivery refused: ${error.code} ${error.message} (${dispatched} dispatched)`)
  })
  return hooks
}

/** The one bridge both Fetch contenders sit behind, so their ratio is the handlers' alone. */
function serveFetch(handler: WebHandler): RequestListener {
  return (req, res) => {
    const request = new Request(`http://127.0.0.1${req.url ?? '/'}`, {
      method: req.method ?? 'GET',
      headers: flatHeaders(req),
      body: Readable.toWeb(req) as ReadableStream<Uint8Array>,
      duplex: 'half',
    } as RequestInit)
    handler(request).then(async (response) => {
      const bytes = Buffer.from(await response.arrayBuffer())
      res.writeHead(response.status, {
        'content-type': response.headers.get('content-type') ?? 'application/json',
        'content-length': bytes.length,
      })
      res.end(bytes)
    })
  }
}

function flatHeaders(req: IncomingMessage): [string, string][] {
  const pairs: [string, string][] = []
  for (let i = 0; i < req.rawHeaders.length; i += 2) pairs.push([req.rawHeaders[i]!, req.rawHeaders[i + 1]!])
  return pairs
}

/** The bare minimum of a correct receiver, written by hand with no error handling. */
function floor(): RequestListener {
  const verifyDelivery = createVerifier(secret)
  return (req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const raw = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)
      verifyDelivery(raw, req.headers)
      if (!validateEvent(JSON.parse(raw.toString('utf8'))).ok) throw new Error('floor: invalid event')
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': 2 })
      res.end('{}')
    })
  }
}

interface Contender {
  name: string
  /** The contender this one's ratio is taken against (its own name for a baseline). */
  baseline: string
  listener: RequestListener
  /** Answer body each request must get (checked once before timing). */
  expect: string
}

const expressReceiver = express()
expressReceiver.post('/webhooks', createNodeMiddleware(webhooks()))
const expressBare = express()
expressBare.post('/webhooks', express.raw({ type: 'application/json' }), (req, res) => {
  if (!Buffer.isBuffer(req.body)) throw new Error('express.raw() kept no body')
  res.json({})
})

const NODE_BARE = 'bare node:http (body read)'
const EXPRESS_BARE = 'bare Express 5 (express.raw())'
const FETCH_BARE = 'bare Fetch handler (body read)'
const PROCESSED = '{"received":true,"status":"processed"}'

const contenders: Contender[] = [
  {
    name: 'bare node:http (body unread)',
    baseline: NODE_BARE,
    listener: (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': 2 })
      res.end('{}')
    },
    expect: '{}',
  },
  {
    // What any webhook endpoint pays at least: the body read to the end before answering.
    name: NODE_BARE,
    baseline: NODE_BARE,
    listener: (req, res) => {
      req.resume()
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': 2 })
        res.end('{}')
      })
    },
    expect: '{}',
  },
  {
    // The work no receiver can skip, inline: read the body, verify, JSON.parse, validate, answer.
    // Where this lands is the ceiling for any node:http receiver of this contract on this machine.
    name: 'floor: node:http + verify + parse + validate',
    baseline: NODE_BARE,
    listener: floor(),
    expect: '{}',
  },
  {
    name: 'createNodeMiddleware on node:http',
    baseline: NODE_BARE,
    listener: createNodeMiddleware(webhooks()) as RequestListener,
    expect: PROCESSED,
  },
  { name: EXPRESS_BARE, baseline: EXPRESS_BARE, listener: expressBare, expect: '{}' },
  {
    name: 'createNodeMiddleware on Express 5',
    baseline: EXPRESS_BARE,
    listener: expressReceiver,
    expect: PROCESSED,
  },
  {
    name: FETCH_BARE,
    baseline: FETCH_BARE,
    listener: serveFetch(async (request: Request) => {
      await request.arrayBuffer()
      return new Response('{}', { headers: { 'content-type': 'application/json' } })
    }),
    expect: '{}',
  },
  {
    name: 'createWebHandler (Fetch API)',
    baseline: FETCH_BARE,
    listener: serveFetch(createWebHandler(webhooks())),
    expect: PROCESSED,
  },
]

interface Running {
  contender: Contender
  server: Server
  pool: Pool
  samples: number[]
}

async function start(contender: Contender): Promise<Running> {
  const server = createServer(contender.listener)
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  const pool = new Pool(`http://127.0.0.1:${port}`, { connections: CONNECTIONS, pipelining: 1 })
  return { contender, server, pool, samples: [] }
}

async function post(pool: Pool): Promise<string> {
  const response = await pool.request({ path: '/webhooks', method: 'POST', headers, body })
  const text = await response.body.text()
  if (response.statusCode !== 200) throw new Error(`answered ${response.statusCode}: ${text}`)
  return text
}

/** Requests per second over about `ms`, with IN_FLIGHT requests outstanding at all times. */
async function measure(pool: Pool, ms: number): Promise<number> {
  const start = performance.now()
  const deadline = start + ms
  let completed = 0
  const worker = async () => {
    while (performance.now() < deadline) {
      await post(pool)
      completed += 1
    }
  }
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker))
  return (completed / (performance.now() - start)) * 1000
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const format = (value: number) => Math.round(value).toLocaleString('en-US')

async function main(): Promise<void> {
  const began = performance.now()
  const running: Running[] = []
  for (const contender of contenders) running.push(await start(contender))
  try {
    for (const run of running) {
      const answer = await post(run.pool)
      if (answer !== run.contender.expect) throw new Error(`${run.contender.name} answered ${answer}`)
      await measure(run.pool, WARMUP_MS)
    }
    for (let round = 0; round < ROUNDS; round++) {
      for (const run of running) run.samples.push(await measure(run.pool, ROUND_MS))
    }
  } finally {
    for (const run of running) {
      await run.pool.close()
      run.server.close()
    }
  }

  console.log(
    `receiver over HTTP, ${Buffer.byteLength(body)} B signed call.completed, Node ${process.version}, ` +
      `${CONNECTIONS} connections, ${IN_FLIGHT} in flight, median of ${ROUNDS} rounds × ${ROUND_MS} ms\n`,
  )
  const width = Math.max(...contenders.map((c) => c.name.length))
  const against = Math.max(...contenders.map((c) => c.baseline.length))
  console.log(
    `${'server'.padEnd(width)}  ${'req/s'.padStart(8)}  ${'ratio'.padStart(6)}  ${'vs'.padEnd(against)}  spread (min–max req/s)`,
  )
  const medians = new Map(running.map((run) => [run.contender.name, median(run.samples)]))
  for (const run of running) {
    const value = medians.get(run.contender.name)!
    const base = medians.get(run.contender.baseline)!
    const spread = `${format(Math.min(...run.samples))}–${format(Math.max(...run.samples))}`
    const ratio = `${(value / base).toFixed(2)}×`
    const vs = run.contender.baseline === run.contender.name ? '(baseline)' : run.contender.baseline
    console.log(
      `${run.contender.name.padEnd(width)}  ${format(value).padStart(8)}  ${ratio.padStart(6)}  ${vs.padEnd(against)}  ${spread}`,
    )
  }
  console.log(`\n(${((performance.now() - began) / 1000).toFixed(1)} s)`)
}

await main()
