/** Why a call operation was refused. */
export type CallErrorCode = 'call_not_found' | 'invalid_transition'

/** A call operation the caller cannot make, with the reason as `code`. */
export class CallError extends Error {
  override name = 'CallError'
  constructor(
    readonly code: CallErrorCode,
    message: string,
  ) {
    super(message)
  }
}
