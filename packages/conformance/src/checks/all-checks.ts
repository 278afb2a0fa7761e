import type { SignatureScheme } from '@voicehooks/signing'
import type { CheckDefinition } from './check.js'
import { deliveryChecks } from './delivery-checks.js'
import { exampleChecks } from './example-checks.js'
import { headerChecks } from './header-checks.js'
import { signatureChecks } from './signature-checks.js'
import { timestampChecks } from './timestamp-checks.js'

/** Every check for a scheme, in run order: the examples, then the attacks, then delivery semantics. */
export function allChecks(scheme: SignatureScheme, prefix: string): CheckDefinition[] {
  return [
    ...exampleChecks(),
    ...signatureChecks(),
    ...timestampChecks(scheme === 'body-hex'),
    ...headerChecks(scheme, prefix),
    ...deliveryChecks(),
  ]
}
