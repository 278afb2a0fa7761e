import { type LookupAddress, lookup } from 'node:dns'
import type { LookupFunction } from 'node:net'
import { assertAllowedAddress, type TargetPolicy } from '../security/target-guard.js'

/**
 * A `lookup` for `net.connect` that refuses private, loopback and link-local answers unless the
 * policy allow-lists the host or address. The socket connects to the address checked here, so a
 * DNS answer that changes between check and connect (rebinding) cannot slip through. Every
 * address of a multi-address answer must pass: happy-eyeballs may try any of them.
 */
export function guardedLookup(policy: TargetPolicy): LookupFunction {
  return (hostname, options, callback) => {
    lookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0)
      try {
        for (const { address } of addresses) assertAllowedAddress(hostname, address, policy)
      } catch (refused) {
        return callback(refused as NodeJS.ErrnoException, '', 0)
      }
      if (options.all) return callback(null, addresses)
      const first = addresses[0]
      if (!first)
        return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '', 0)
      callback(null, first.address, first.family)
    })
  }
}
