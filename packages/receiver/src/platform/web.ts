import { createVerifier } from '@voicehooks/signing/web'
import type { ReceiverPlatform } from '../platform.js'

/** Edge runtimes: WebCrypto, and `setTimeout`, the only macrotask every one of them has. */
export const webPlatform: ReceiverPlatform = {
  createVerifier,
  yieldToAnswer: () => new Promise((resolve) => setTimeout(resolve, 0)),
}
