import { createVerifier } from '@voicehooks/signing'
import type { ReceiverPlatform } from '../platform.js'

/** Node: `node:crypto`, and `setImmediate` to let a written answer leave before handlers run. */
export const nodePlatform: ReceiverPlatform = {
  createVerifier,
  yieldToAnswer: () => new Promise((resolve) => setImmediate(resolve)),
}
