/** Why the kit could not start a run: bad options, never a failing receiver. */
export type ConformanceConfigErrorCode = 'invalid_url' | 'invalid_secret' | 'invalid_option'

/**
 * A configuration mistake (bad URL, secret, scheme, deadline or `only` filter). The CLI prints the
 * message on one line and exits 2; a receiver that fails checks is reported, never thrown.
 */
export class ConformanceConfigError extends Error {
  override readonly name = 'ConformanceConfigError'
  readonly code: ConformanceConfigErrorCode

  constructor(code: ConformanceConfigErrorCode, message: string) {
    super(message)
    this.code = code
  }
}

/** Why captured payloads could not be read at all (as opposed to payloads that break the contract). */
export type CaptureReadErrorCode = 'unreadable_file' | 'invalid_json'

/** A capture file that cannot be read or parsed; names the file and, for JSON, the line. */
export class CaptureReadError extends Error {
  override readonly name = 'CaptureReadError'
  readonly code: CaptureReadErrorCode
  readonly file: string
  readonly line?: number

  constructor(code: CaptureReadErrorCode, file: string, message: string, line?: number) {
    super(line === undefined ? `${file}: ${message}` : `${file}:${line}: ${message}`)
    this.code = code
    this.file = file
    if (line !== undefined) this.line = line
  }
}
