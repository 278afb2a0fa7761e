/** Why an account or API key operation was refused. */
export type AccountErrorCode = 'email_taken' | 'api_key_not_found'

/** An account or API key operation the caller cannot make, with the reason as `code`. */
export class AccountError extends Error {
  override name = 'AccountError'
  constructor(
    readonly code: AccountErrorCode,
    message: string,
  ) {
    super(message)
  }
}
