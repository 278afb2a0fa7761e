/**
 * Receiver throughput over real HTTP: a bare `http.createServer` that answers 200 without reading
 * anything (and one that reads the body first), against the same server running `@voicehooks/receiver` middleware (read raw body,
 * verify, parse, validate against the contract, dispatch to a typed handler, answer), and that
 * middleware mounted on Express. Every request carries the same signed `call.completed` catalog
 * example; the idempotency store grants every claim, so each request is verified and dispatched
 * (none is cut short as a duplicate). The undici client runs in the same process and shares the CPU
 * with the server alike for every contender, so the ratios are what to read. Contenders run
 * interleaved, round by round; each figure is the median of the rounds.
 *
 *   node --conditions=@voicehooks/source --import tsx bench/receiver.bench.ts
 */
import { once } from 'node:events'
import { createServer, type RequestListener, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { examples } from '@voicehooks/contracts'
import { type IdempotencyStore, Webhooks } from '@voicehooks/receiver'
import { generateSecret, sign } from '@voicehooks/signing'
import express from 'express'
import { Pool } from 'undici'

const WARMUP_MS = 400
const ROUNDS = 3
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

interface Contender {
  name: string
  listener: RequestListener
  /** Answer body each request must get (checked once before timing). */
  expect: string
}

const expressApp = express()
expressApp.post('/webhooks', webhooks().express())

const contenders: Contender[] = [
  {
    name: 'bare node:http (200, body unread)',
    listener: (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': 2 })
      res.end('{}')
    },
    expect: '{}',
  },
  {
    // What any webhook endpoint pays at least: the body read to the end before answering.
    name: 'bare node:http (200, body read)',
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
    name: '@voicehooks/receiver on node:http',
    listener: webhooks().express() as RequestListener,
    expect: '{"received":true,"status":"processed"}',
  },
  {
    name: '@voicehooks/receiver on Express 5',
    listener: expressApp,
    expect: '{"received":true,"status":"processed"}',
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
  console.log(
    `${'server'.padEnd(width)}  ${'req/s'.padStart(8)}  ${'vs bare'.padStart(7)}  spread (min–max req/s)`,
  )
  const bare = median(running[0]!.samples)
  for (const run of running) {
    const value = median(run.samples)
    const spread = `${format(Math.min(...run.samples))}–${format(Math.max(...run.samples))}`
    const ratio = `${(value / bare).toFixed(2)}×`
    console.log(
      `${run.contender.name.padEnd(width)}  ${format(value).padStart(8)}  ${ratio.padStart(7)}  ${spread}`,
    )
  }
  console.log(`\n(${((performance.now() - began) / 1000).toFixed(1)} s)`)
}

await main()
