/** Exit codes of the `voicehooks` CLI; scripts may rely on them. */
export const ExitCode = {
  /** The command did what it was asked. */
  ok: 0,
  /** The API answered with an error (4xx/5xx problem). */
  api: 1,
  /** The command line is wrong: unknown command or flag, missing argument, bad flag value. */
  usage: 2,
  /** Local validation refused the input before any request (e.g. event data against the contract). */
  validation: 3,
  /** The API could not be reached, or the configuration (URL, key, config file) is missing or invalid. */
  network: 4,
} as const

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode]
