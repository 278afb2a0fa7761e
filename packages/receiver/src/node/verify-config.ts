import { verify } from '@voicehooks/signing'
import type { ResolvedOptions } from '../options.js'

/** Verifies an empty delivery with no headers, synchronously, so bad configuration fails at construction. */
export function probeVerification(
  secret: string | readonly string[],
  options: ResolvedOptions['verify'],
): void {
  verify('', {}, secret, options)
}
