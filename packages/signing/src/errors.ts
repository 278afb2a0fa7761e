/** Why a webhook failed verification; one code per check. Each is the sender's problem: answer 401. */
export type WebhookVerificationErrorCode =
  | 'missing_header'
  | 'malformed_header'
  | 'timestamp_too_old'
  | 'timestamp_too_new'
  | 'no_matching_signature'

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

/**
 * Why signing or verifying could never work with what it was given:
 * - `invalid_secret`: a secret is missing, empty, not a string, or not `whsec_` + base64 (for the
 *   `standard` scheme); a secret length `generateSecret()` cannot make;
 * - `invalid_option`: an option (`scheme`, `prefix`, `toleranceSeconds`, …) has a value that
 *   cannot work; `option` names it;
 * - `invalid_input`: an argument of the call itself is wrong (an `id`, `timestamp` or `body` that
 *   cannot be signed; a parsed object instead of the raw body, headers that are not an object).
 */
export type WebhookConfigurationErrorCode = 'invalid_secret' | 'invalid_option' | 'invalid_input'

/**
 * The program or its configuration is wrong, not the delivery: thrown (never a 401) by `sign()`,
 * `verify()`, `generateSecret()` and `checkVerifyOptions()` — and by a receiver's constructor,
 * so a misconfigured receiver fails when it starts. The message names what to fix and never
 * contains a secret.
 */
export class WebhookConfigurationError extends Error {
  override readonly name = 'WebhookConfigurationError'
  readonly code: WebhookConfigurationErrorCode
  /** `invalid_option`: the option's name, e.g. `scheme`. */
  readonly option?: string

  constructor(code: WebhookConfigurationErrorCode, message: string, option?: string) {
    super(message)
    this.code = code
    if (option !== undefined) this.option = option
  }
}
