import type { SignatureScheme } from '@voicehooks/signing'

/** Groups of checks, in run order; each becomes a JUnit `<testsuite>`. */
export type CheckGroup = 'examples' | 'signature' | 'timestamp' | 'headers' | 'delivery'

/** Outcome of one check: `skipped` when the chosen scheme makes it meaningless (e.g. no signed timestamp). */
export type CheckStatus = 'passed' | 'failed' | 'skipped'

/** One check against the receiver. */
export interface ConformanceCheck {
  /** Event type for examples (`call.completed`), kebab-case otherwise (`stale-timestamp`). */
  name: string
  group: CheckGroup
  status: CheckStatus
  /** `status === 'passed'`. */
  passed: boolean
  /** What a conforming receiver answers, e.g. `2xx within 3000 ms`, `4xx (401)`. */
  expected: string
  /** What it answered: status code(s), `timeout`, a network error code, or `skipped`. */
  actual: string
  /** Request sent → response body read, in milliseconds (the slower of the two for a duplicate). */
  durationMs: number
  /** Why it failed (or a remark on a pass, e.g. "400: 401 is recommended"); includes the response excerpt. */
  detail?: string
}

/** The result of {@link runConformance}. */
export interface ConformanceReport {
  url: string
  scheme: SignatureScheme
  prefix: string
  deadlineMs: number
  /** ISO time the run started. */
  startedAt: string
  durationMs: number
  checks: ConformanceCheck[]
  passed: number
  failed: number
  skipped: number
  /** True when no check failed. */
  ok: boolean
}
