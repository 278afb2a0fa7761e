import type { CallStatusCallback } from '@voicehooks/contracts'

/** A call's status, as in the call-status callbacks. */
export type CallStatus = CallStatusCallback['data']['status']

/** Every call status, in lifecycle order. */
export const CALL_STATUSES: readonly CallStatus[] = [
  'registered',
  'ongoing',
  'completed',
  'failed',
  'error',
  'cancelled',
]

/** Post-call analysis, as reported by the call engine and sent in the analysis callback. */
export type CallAnalysis = NonNullable<CallStatusCallback['data']['analysis']>

/** Extra request parts for a call's callbacks. */
export interface CallbackArgs {
  headers?: Record<string, string>
  params?: Record<string, string>
}

/** A `calls` row. */
export interface CallRow {
  id: string
  account_id: string
  agent_id: string
  direction: 'inbound' | 'outbound'
  from_number: string
  to_number: string
  callback_url: string
  callback_args: CallbackArgs
  custom_args_values: Record<string, unknown>
  status: CallStatus
  call_duration: number | null
  recording_url: string | null
  transcript: string | null
  retry: number
  analysis: CallAnalysis | null
  created_at: Date | string
  updated_at: Date | string
}
