import type { ValidationIssue } from '@voicehooks/contracts'

/** The command line cannot be run as written (exit 2). */
export class UsageError extends Error {
  override readonly name = 'UsageError'
  readonly code = 'usage'
  /** The usage line of the command it is about, printed under the error. */
  usage: string | undefined
}

/** The configuration is missing or unusable: no API key, bad URL, unreadable config file (exit 4). */
export class ConfigError extends Error {
  override readonly name = 'ConfigError'
  readonly code = 'config'
}

/** Input refused locally before any request was sent (exit 3); `issues` name every failing path. */
export class LocalValidationError extends Error {
  override readonly name = 'LocalValidationError'
  readonly code = 'local_validation'

  constructor(
    message: string,
    readonly issues: readonly ValidationIssue[] = [],
  ) {
    super(message)
  }
}
