import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  availableEngines,
  OPERATOR_TOKEN,
  openapi,
  RECEIVER_URL,
  startTestSender,
  type TestSender,
} from '../api/harness.js'
import {
  checkAnswer,
  createFixtures,
  FuzzTally,
  fuzzRequests,
  requestExamples,
  send,
} from './openapi-fuzz.js'

const engines = await availableEngines()
/** Requests per engine: 2,000 on each store in CI. `scripts/fuzz-api.ts` makes the long runs. */
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 2000)

describe.each(engines)('the management API under generated requests (%s)', (engine) => {
  let t: TestSender
  beforeAll(async () => {
    t = await startTestSender(engine, 'fuzz', { apiRateLimit: null })
  }, 120_000)
  afterAll(() => t?.stop())

  it('accepts every request example of the document as valid input', async () => {
    const fixtures = await createFixtures(t.sender.url, OPERATOR_TOKEN, RECEIVER_URL)
    const checked: string[] = []
    for (const example of requestExamples(openapi, fixtures)) {
      const answer = await send(t.sender.url, example)
      checkAnswer(openapi, example, answer)
      expect(
        [400, 422],
        `${example.operationId} example ${example.body}: ${JSON.stringify(answer.body)}`,
      ).not.toContain(answer.status)
      checked.push(example.operationId)
    }
    expect(checked).toContain('registerCall')
    expect(checked).toContain('createWebhook')
  })

  it(`answers ${RUNS} requests from the OpenAPI document without a 5xx, each as documented`, async () => {
    const tally = new FuzzTally()
    const started = performance.now()
    const fixtures = await createFixtures(t.sender.url, OPERATOR_TOKEN, RECEIVER_URL)
    await fc.assert(
      fc.asyncProperty(fuzzRequests(openapi, fixtures), async (request) => {
        const answer = await send(t.sender.url, request)
        tally.add(request, answer)
        checkAnswer(openapi, request, answer)
      }),
      { numRuns: RUNS, seed: process.env['FUZZ_SEED'] ? Number(process.env['FUZZ_SEED']) : undefined },
    )
    const seconds = (performance.now() - started) / 1000
    console.log(
      `fuzz (${engine}): ${tally.requests} requests over ${tally.operations.size} operations in ${seconds.toFixed(1)} s, none answered ≥ 500; ${tally}`,
    )
    expect(tally.requests).toBe(RUNS)
    // Every /v1 operation was reached (health and metrics have no input to fuzz).
    expect(tally.operations.size).toBe(
      openapi.operationIds.filter((id) => !['getHealth', 'getMetrics'].includes(id)).length,
    )
    expect([...tally.statuses.keys()].every((status) => status < 500)).toBe(true)
  }, 600_000)
})
