/** Why a webhook failed verification; one code per check. */
export type WebhookVerificationErrorCode =
  | 'missing_header'
  | 'malformed_header'
  | 'timestamp_too_old'
  | 'timestamp_too_new'
  | 'no_matching_signature'
  | 'invalid_secret'

/**
 * A delivery that must be rejected (answer 401). `code` says which check failed and `header`
 * names the header it was about; the message never contains a secret.
 */
export class WebhookVerificationError extends Error {
  override readonly name = 'WebhookVerificationError'
  readonly code: WebhookVerificationErrorCode
  readonly header?: string

  constructor(code: WebhookVerificationErrorCode, message: string, header?: string) {
    super(message)
    this.code = code
    if (header !== undefined) this.header = header
  }
}

/** Why {@link sign} refused its input. */
export type SigningErrorCode = 'invalid_secret' | 'invalid_input'

/** Bad input to `sign()` or `generateSecret()`: a programming or configuration error, not a bad delivery. */
export class SigningError extends Error {
  override readonly name = 'SigningError'
  readonly code: SigningErrorCode

  constructor(code: SigningErrorCode, message: string) {
    super(message)
    this.code = code
  }
}
