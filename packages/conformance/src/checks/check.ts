import type { Answer } from '../deliver.js'
import type { CheckGroup, ConformanceCheck } from '../report.js'
import type { RunContext } from './context.js'

/** What a check reports; the runner adds name, group and `passed`. */
export type CheckOutcome = Omit<ConformanceCheck, 'name' | 'group' | 'passed'>

/** One check of the kit. */
export interface CheckDefinition {
  name: string
  group: CheckGroup
  /** Set when the configured scheme makes the check meaningless: reported as skipped, with this reason. */
  skip?: string
  run(context: RunContext): Promise<CheckOutcome>
}

/** A delivery the receiver must acknowledge: 2xx within the deadline. */
export function expectAccepted(answer: Answer, deadlineMs: number): CheckOutcome {
  const expected = `2xx within ${deadlineMs} ms`
  const { durationMs } = answer
  if (answer.status === undefined) {
    return { status: 'failed', expected, actual: answer.error!, durationMs, detail: noAnswer(answer) }
  }
  const actual = String(answer.status)
  if (!isSuccess(answer.status)) {
    return { status: 'failed', expected, actual, durationMs, detail: `answered ${answered(answer)}` }
  }
  if (durationMs > deadlineMs) {
    return {
      status: 'failed',
      expected,
      actual,
      durationMs,
      detail: `answered ${answer.status} in ${durationMs} ms, over the ${deadlineMs} ms deadline: acknowledge first, process later`,
    }
  }
  return { status: 'passed', expected, actual, durationMs }
}

/**
 * A delivery the receiver must refuse: any 4xx passes (401 recommended, noted otherwise);
 * a 2xx means it was accepted, 5xx means the receiver crashed on it.
 */
export function expectRejected(answer: Answer, why: string): CheckOutcome {
  const expected = '4xx (401)'
  const { durationMs } = answer
  if (answer.status === undefined) {
    return { status: 'failed', expected, actual: answer.error!, durationMs, detail: noAnswer(answer) }
  }
  const actual = String(answer.status)
  if (answer.status >= 400 && answer.status < 500) {
    if (answer.status === 401) return { status: 'passed', expected, actual, durationMs }
    return {
      status: 'passed',
      expected,
      actual,
      durationMs,
      detail: `answered ${answer.status}; 401 is recommended`,
    }
  }
  const verdict = isSuccess(answer.status)
    ? `accepted a delivery ${why}`
    : `answered ${answer.status} to a delivery ${why}: refuse it with 401, not a server error`
  return { status: 'failed', expected, actual, durationMs, detail: `${verdict} (${answered(answer)})` }
}

function isSuccess(status: number): boolean {
  return status >= 200 && status < 300
}

function answered(answer: Answer): string {
  const body = answer.excerpt.trim().replace(/\s+/g, ' ')
  return `${answer.status} in ${answer.durationMs} ms${body === '' ? '' : `: ${body}`}`
}

function noAnswer(answer: Answer): string {
  if (answer.error === 'timeout') return `${answer.errorMessage} (gave up after ${answer.durationMs} ms)`
  return `${answer.error}: ${answer.errorMessage}`
}
