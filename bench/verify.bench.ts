/**
 * Webhook verification throughput: @voicehooks/signing (node:crypto and WebCrypto entries) against
 * `standardwebhooks`, `svix`, and a bare createHmac + timingSafeEqual baseline, on one ~1.5 KB
 * call.completed delivery. Contenders run interleaved, round by round, so machine noise hits all of
 * them alike; each figure is the median of the rounds, and the ratios are what to read.
 *
 *   pnpm bench   (node --conditions=@voicehooks/source --import tsx bench/verify.bench.ts)
 */
import { createHmac, createSecretKey, type KeyObject, timingSafeEqual } from 'node:crypto'
import { sign, verify } from '@voicehooks/signing'
import { verify as verifyWeb } from '@voicehooks/signing/web'
import { Webhook as StandardWebhook } from 'standardwebhooks'
import { Webhook as SvixWebhook } from 'svix'

const WARMUP_MS = 300
const ROUNDS = 9
const ROUND_MS = 250

const secret = 'whsec_cGF5bG9hZC1iZW5jaC1zZWNyZXQtMzItYnl0ZXMhIQ=='
const body = JSON.stringify({
  id: 'evt_01JQ7Z8XK3M4N5P6Q7R8S9T0VW',
  type: 'call.completed',
  event: 'call.completed',
  timestamp: '2026-04-01T12:30:00Z',
  api_version: '2026-11-01',
  account_id: 'acct_01JQ7Z4C2B1A0Z9Y8X7W6V5U4T',
  webhook_id: 'wh_01JQ7Z5D3C2B1A0Z9Y8X7W6V5U',
  data: {
    call_id: '6f1c2b7e-4d3a-4f8b-9c2d-1e0f3a4b5c6d',
    agent_id: 'a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d',
    direction: 'outbound',
    phone_number: '+14155550123',
    duration_seconds: 187,
    cost: { amount: '0.4675', currency: 'USD' },
    outcome: 'appointment_booked',
    transcript:
      'Agent: Hi, this is Ava from Bright Dental, calling to confirm your cleaning next week. ' +
      'Customer: Oh hi, yes, I was meaning to call. Can we move it to Thursday afternoon instead? ' +
      'Agent: Of course. I have Thursday at 2:30 PM or 4:00 PM available. Which works better? ' +
      'Customer: 4 PM is perfect. Agent: Done, you are booked for Thursday at 4:00 PM with Dr. Patel. ' +
      'You will get a text reminder the day before. Anything else I can help with? Customer: No, thanks!',
    recording_url: 'https://recordings.example.com/calls/6f1c2b7e-4d3a-4f8b-9c2d-1e0f3a4b5c6d.mp3',
    extracted_data: {
      customer_name: 'Jordan Rivera',
      appointment_date: '2026-04-09',
      appointment_time: '16:00',
      service: 'cleaning',
      reschedule: true,
      insurance_provider: 'Delta Dental PPO',
      notes: 'Prefers afternoon slots; asked for a reminder by SMS rather than email.',
    },
    sentiment: { overall: 'positive', score: 0.87 },
    ended_reason: 'customer_hung_up',
    custom_args_values: {
      campaign: 'spring-recall',
      crm_contact_id: '0035e00000XyZabAAB',
      priority: 'normal',
    },
  },
})

const timestamp = Math.floor(Date.now() / 1000)
const headers = sign({ id: 'evt_01JQ7Z8XK3M4N5P6Q7R8S9T0VW', timestamp, body, secret })
const svixHeaders = {
  'svix-id': headers['webhook-id']!,
  'svix-timestamp': headers['webhook-timestamp']!,
  'svix-signature': headers['webhook-signature']!,
}
const standardWebhook = new StandardWebhook(secret)
const svixWebhook = new SvixWebhook(secret)
const key = Buffer.from(secret.slice('whsec_'.length), 'base64')
const keyObject = createSecretKey(key)
const expected = Buffer.from(headers['webhook-signature']!.slice('v1,'.length), 'base64')

function bare(hmacKey: Buffer | KeyObject): void {
  const digest = createHmac('sha256', hmacKey)
    .update(`${headers['webhook-id']}.${timestamp}.`)
    .update(body)
    .digest()
  if (!timingSafeEqual(digest, expected)) throw new Error('baseline: no match')
}

interface Contender {
  name: string
  /** Runs one verification; must throw on failure. */
  run: () => unknown
  async?: boolean
}

const contenders: Contender[] = [
  { name: 'ours (node entry)', run: () => verify(body, headers, secret) },
  { name: 'ours (web entry)', run: () => verifyWeb(body, headers, secret), async: true },
  // jsonParse: false so it measures verification alone, like the others (svix has no such option).
  { name: 'standardwebhooks', run: () => standardWebhook.verify(body, headers, { jsonParse: false }) },
  { name: 'svix (+ its JSON.parse)', run: () => svixWebhook.verify(body, svixHeaders) },
  // What a hand-written verifier usually does: raw key bytes, one HMAC, timingSafeEqual.
  { name: 'bare createHmac + compare', run: () => bare(key) },
  // The same with the key prepared once, as @voicehooks/signing does internally.
  { name: 'bare createHmac (KeyObject) + compare', run: () => bare(keyObject) },
]

/** Calls per second over about `ms` milliseconds, checking the clock every batch. */
async function measure(contender: Contender, ms: number): Promise<number> {
  const batch = contender.async ? 200 : 1000
  let calls = 0
  const start = performance.now()
  let elapsed = 0
  do {
    if (contender.async) for (let i = 0; i < batch; i++) await contender.run()
    else for (let i = 0; i < batch; i++) contender.run()
    calls += batch
    elapsed = performance.now() - start
  } while (elapsed < ms)
  return (calls / elapsed) * 1000
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}
const format = (opsPerSecond: number) => Math.round(opsPerSecond).toLocaleString('en-US')

async function main(): Promise<void> {
  const began = performance.now()
  for (const contender of contenders) {
    await contender.run() // proves each one actually verifies this delivery before it is timed
    await measure(contender, WARMUP_MS)
  }
  const samples = new Map(contenders.map((c) => [c.name, [] as number[]]))
  for (let round = 0; round < ROUNDS; round++) {
    for (const contender of contenders) samples.get(contender.name)!.push(await measure(contender, ROUND_MS))
  }
  const results = new Map([...samples].map(([name, values]) => [name, median(values)]))

  console.log(
    `verify, ${Buffer.byteLength(body)} B body, Node ${process.version}, median of ${ROUNDS} rounds × ${ROUND_MS} ms\n`,
  )
  const width = Math.max(...contenders.map((c) => c.name.length))
  console.log(
    `${'contender'.padEnd(width)}  ${'ops/s'.padStart(9)}  ${'µs/op'.padStart(6)}  spread (min–max ops/s)`,
  )
  for (const [name, values] of samples) {
    const ops = results.get(name)!
    const spread = `${format(Math.min(...values))}–${format(Math.max(...values))}`
    console.log(
      `${name.padEnd(width)}  ${format(ops).padStart(9)}  ${(1e6 / ops).toFixed(2).padStart(6)}  ${spread}`,
    )
  }

  const ratio = (a: string, b: string) => `${(results.get(a)! / results.get(b)!).toFixed(2)}×`
  console.log('\nratios')
  for (const ours of ['ours (node entry)', 'ours (web entry)']) {
    console.log(`  ${ours} / standardwebhooks          ${ratio(ours, 'standardwebhooks')}`)
    console.log(`  ${ours} / svix                      ${ratio(ours, 'svix (+ its JSON.parse)')}`)
    console.log(`  ${ours} / bare createHmac + compare ${ratio(ours, 'bare createHmac + compare')}`)
    console.log(
      `  ${ours} / bare, KeyObject           ${ratio(ours, 'bare createHmac (KeyObject) + compare')}`,
    )
  }
  console.log(`\n(${((performance.now() - began) / 1000).toFixed(1)} s)`)
}

await main()
