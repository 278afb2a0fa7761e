import { BlockList, isIP } from 'node:net'

/** Why a delivery target was refused. */
export type TargetErrorCode = 'url_invalid' | 'url_scheme' | 'url_private_address'

/** A webhook URL the sender will not deliver to, with the reason. */
export class TargetError extends Error {
  override name = 'TargetError'
  constructor(
    readonly code: TargetErrorCode,
    message: string,
  ) {
    super(message)
  }
}

/** What the guard allows. */
export interface TargetPolicy {
  /** Allow `http:` (development); otherwise only `https:`. */
  allowHttp: boolean
  /** Hostnames or IPs allowed even though private/loopback/link-local (e.g. `127.0.0.1`, `localhost`). */
  allowList: readonly string[]
}

const blocked = new BlockList()
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  blocked.addSubnet(net, prefix, 'ipv4')
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  blocked.addSubnet(net, prefix, 'ipv6')
}

/** True for private, loopback, link-local, CGNAT, multicast and unspecified addresses (v4, v6, v4-mapped). */
export function isPrivateAddress(ip: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip)
  const address = mapped ? mapped[1]! : ip
  const family = isIP(address)
  if (family === 0) return false
  return blocked.check(address, family === 4 ? 'ipv4' : 'ipv6')
}

/**
 * Checks a webhook URL when it is registered: parseable, http(s) by policy, no credentials, and
 * not a literal private address or `localhost` unless allow-listed. Hostnames are checked again
 * at connect time against the address they resolve to ({@link assertAllowedAddress}), so DNS
 * rebinding cannot slip past this check.
 */
export function assertAllowedUrl(raw: string, policy: TargetPolicy): URL {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new TargetError('url_invalid', 'url must be an absolute URL')
  }
  if (url.protocol !== 'https:' && !(policy.allowHttp && url.protocol === 'http:')) {
    throw new TargetError(
      'url_scheme',
      policy.allowHttp ? 'url must use http or https' : 'url must use https',
    )
  }
  if (url.username || url.password) throw new TargetError('url_invalid', 'url must not contain credentials')
  const host = url.hostname.replace(/^\[|\]$/g, '')
  if (policy.allowList.includes(host)) return url
  if (host === 'localhost' || host.endsWith('.localhost') || isPrivateAddress(host)) {
    throw new TargetError(
      'url_private_address',
      `url points at a private, loopback or link-local address (${host}); allow it with VOICEHOOKS_ALLOW_TARGETS`,
    )
  }
  return url
}

/** Checks a resolved address at connect time; `host` is the URL's hostname (allow-listed names pass). */
export function assertAllowedAddress(host: string, address: string, policy: TargetPolicy): void {
  if (policy.allowList.includes(host) || policy.allowList.includes(address)) return
  if (isPrivateAddress(address)) {
    throw new TargetError('url_private_address', `${host} resolved to a private address (${address})`)
  }
}
