/**
 * The long fuzz run of the management API: `node --conditions=@voicehooks/source --import tsx scripts/fuzz-api.ts`
 * (or `pnpm fuzz:api`). Starts the sender from its real entry point (apps/sender/src/main.ts) in its
 * own process, on PGlite in a temp folder and on a PostgreSQL database of its own, and sends each
 * FUZZ_RUNS (default 50,000) requests generated from the OpenAPI document, checking every answer as
 * the CI fuzz test does (no 5xx; every answer as documented; errors name their inputs).
 *
 * Environment: FUZZ_RUNS, FUZZ_SEED, FUZZ_ENGINES (pglite,postgres), TEST_DATABASE_URL.
 * Exits 1 with the failing request (shrunk) on the first broken rule.
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { createTestDatabase } from '@voicehooks/testkit'
import fc from 'fast-check'
import { OpenApiCheck } from '../apps/sender/test/api/openapi-check.js'
import {
  checkAnswer,
  createFixtures,
  FuzzTally,
  fuzzRequests,
  send,
} from '../apps/sender/test/fuzz/openapi-fuzz.js'

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 50_000)
const ENGINES = (process.env['FUZZ_ENGINES'] ?? 'pglite,postgres').split(',')
const OPERATOR = randomBytes(16).toString('hex')

/** Starts apps/sender/src/main.ts with `env` and resolves its URL from the "sender listening" log line. */
function startSender(env: Record<string, string>): Promise<{ url: string; stop(): Promise<void> }> {
  const child = spawn(
    process.execPath,
    ['--conditions=@voicehooks/source', '--import', 'tsx', 'src/main.ts'],
    {
      cwd: join(import.meta.dirname, '..', 'apps', 'sender'),
      env: {
        ...process.env,
        PORT: '0',
        LOG_LEVEL: 'info',
        VOICEHOOKS_API_RATE_LIMIT: 'off',
        VOICEHOOKS_OPERATOR_TOKEN: OPERATOR,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the sender exited (${code}) before listening`)))
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const entry = JSON.parse(line) as {
        msg?: string
        url?: string
        level?: number
        err?: { message?: string }
      }
      if (entry.msg === 'sender listening' && entry.url) {
        resolve({
          url: entry.url,
          stop: async () => {
            child.kill('SIGTERM')
            await exited
          },
        })
      } else if ((entry.level ?? 0) >= 50) console.error(`sender: ${entry.msg} ${entry.err?.message ?? ''}`)
    })
  })
}

const check = new OpenApiCheck()
let failed = false
for (const engine of ENGINES) {
  const dir = engine === 'pglite' ? await mkdtemp(join(tmpdir(), 'vh-fuzz-')) : undefined
  const database = engine === 'postgres' ? await createTestDatabase('fuzz_long') : undefined
  const sender = await startSender(dir ? { VOICEHOOKS_DATA_DIR: dir } : { DATABASE_URL: database!.url })
  const tally = new FuzzTally()
  const started = performance.now()
  try {
    const fixtures = await createFixtures(sender.url, OPERATOR, 'http://127.0.0.1:9/hooks')
    const result = await fc.check(
      fc.asyncProperty(fuzzRequests(check, fixtures), async (request) => {
        const answer = await send(sender.url, request)
        tally.add(request, answer)
        checkAnswer(check, request, answer)
      }),
      { numRuns: RUNS, seed: process.env['FUZZ_SEED'] ? Number(process.env['FUZZ_SEED']) : undefined },
    )
    const seconds = (performance.now() - started) / 1000
    console.log(
      `fuzz ${engine}: ${tally.requests} requests (${(tally.requests / seconds).toFixed(0)}/s) over ${tally.operations.size} operations, seed ${result.seed}; ${tally}`,
    )
    if (result.failed) {
      failed = true
      console.error(
        `fuzz ${engine}: FAILED after ${result.numRuns} runs: ${String(result.errorInstance).slice(0, 4000)}`,
      )
    }
  } finally {
    await sender.stop()
    if (dir) await rm(dir, { recursive: true, force: true })
    await database?.drop()
  }
}
process.exit(failed ? 1 : 0)
