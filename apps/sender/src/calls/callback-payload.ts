import type { CallStatusCallback } from '@voicehooks/contracts'
import type { CallAnalysis, CallRow } from './call-row.js'

/**
 * The call-status envelope POSTed to the call's `callback_url` (call-callbacks.asyncapi.yaml).
 * `analysis` is present only on the callback that reports it.
 */
export function callbackPayload(call: CallRow, analysis?: CallAnalysis): CallStatusCallback {
  return {
    status: 'success',
    data: {
      call_id: call.id,
      call_direction: call.direction,
      status: call.status,
      call_duration: call.call_duration,
      recording_url: call.recording_url,
      transcript: call.transcript,
      agent_id: call.agent_id,
      retry: call.retry,
      from_number: call.from_number,
      to_number: call.to_number,
      custom_args_values: call.custom_args_values,
      ...(analysis ? { analysis } : {}),
    },
    message: 'Call Details',
  }
}
