/**
 * @voicehooks/conformance — prove a webhook receiver handles real Voicehooks deliveries, in CI.
 *
 * `runConformance` sends every emitted catalog example correctly signed, then attacks (forged,
 * tampered, stale, future-dated, header-less deliveries), a duplicate and an unknown event type,
 * and reports each answer and its time. `validateCaptures` checks logged payloads against the
 * contract. The `voicehooks-conformance` CLI wraps both and writes JUnit XML.
 *
 * @example vitest
 * ```ts
 * import { formatTable, runConformance, validateCaptures } from '@voicehooks/conformance'
 * import { expect, test } from 'vitest'
 *
 * test('webhook endpoint conforms', async () => {
 *   const report = await runConformance({ url: 'http://127.0.0.1:3000/webhooks', secret: process.env.WEBHOOK_SECRET! })
 *   expect(report.ok, formatTable(report)).toBe(true)
 * })
 *
 * test('captured payloads match the contract', async () => {
 *   const { ok, faults } = await validateCaptures(['captures/webhooks.ndjson'])
 *   expect(faults).toEqual([])
 * })
 * ```
 */
export { UNKNOWN_EVENT_TYPE } from './checks/delivery-checks.js'
export {
  CaptureReadError,
  type CaptureReadErrorCode,
  ConformanceConfigError,
  type ConformanceConfigErrorCode,
} from './errors.js'
export { formatSummary, formatTable } from './format-table.js'
export { toJUnit } from './junit.js'
export { type ConformanceOptions, DEFAULT_DEADLINE_MS } from './options.js'
export type { CheckGroup, CheckStatus, ConformanceCheck, ConformanceReport } from './report.js'
export { listChecks, runConformance } from './run-conformance.js'
export { serialiseEvent } from './serialise.js'
export {
  type CaptureFault,
  type CaptureReport,
  type CaptureSource,
  formatFault,
  validateCaptures,
} from './validate-captures.js'
