import ipaddr from 'ipaddr.js'

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
  /** Hostnames or IPs allowed even though not global (e.g. `127.0.0.1`, `localhost`). */
  allowList: readonly string[]
}

/** What {@link classifyAddress} found: global unicast, or the special-purpose range it is in. */
export type AddressClass =
  | { global: true }
  | {
      global: false
      /** The range's name, as ipaddr.js names the IANA special-purpose blocks (`linkLocal`, `6to4`, …). */
      range: string
      /** The IPv4 address embedded in an IPv6 transition form, when that is what was refused. */
      embedded?: string
    }

// IPv6 forms whose last 32 bits are an IPv4 address the packet ends up at: the embedded address
// decides. `::a.b.c.d` (IPv4-compatible, deprecated) has no ipaddr.js range of its own.
const EMBEDDING_LAST_32 = new Set(['ipv4Mapped', 'rfc6145', 'rfc6052'])
// 64:ff9b:1::/48 is NAT64 for local use only (RFC 8215), not the well-known global prefix.
const LOCAL_NAT64 = ipaddr.parseCIDR('64:ff9b:1::/48')
const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR('2000::/3')

function lastV4(address: ipaddr.IPv6): ipaddr.IPv4 {
  const bytes = address.toByteArray()
  return new ipaddr.IPv4(bytes.slice(12, 16))
}

function classifyV4(address: ipaddr.IPv4): AddressClass {
  const range = address.range()
  return range === 'unicast' ? { global: true } : { global: false, range }
}

/**
 * Classifies an IP address (v4, v6, bracketed or with a zone) by the IANA special-purpose address
 * registries, as ipaddr.js knows them: only global unicast may receive deliveries. IPv4 embedded in
 * IPv6 (mapped, translated, NAT64, IPv4-compatible) is judged by the embedded address; 6to4 and
 * Teredo tunnels are refused outright, and so is any IPv6 address outside 2000::/3.
 * Returns `undefined` for something that is not an IP address (a host name).
 */
export function classifyAddress(text: string): AddressClass | undefined {
  const bare = text.replace(/^\[|\]$/g, '')
  if (!ipaddr.isValid(bare)) return undefined
  // WHATWG URLs already normalise IPv4 (`0x7f.1` is 127.0.0.1); ipaddr.js parses the same forms.
  const parsed = ipaddr.parse(bare)
  if (parsed.kind() === 'ipv4') return classifyV4(parsed as ipaddr.IPv4)
  const v6 = parsed as ipaddr.IPv6
  const range = v6.range()
  const embeddedFrom = (v4: ipaddr.IPv4, name: string): AddressClass => {
    const inner = classifyV4(v4)
    return inner.global
      ? inner
      : { global: false, range: `${name} of ${inner.range}`, embedded: v4.toString() }
  }
  if (range === 'rfc6052' && v6.match(LOCAL_NAT64))
    return { global: false, range: 'rfc8215 (local-use NAT64)' }
  if (EMBEDDING_LAST_32.has(range)) return embeddedFrom(lastV4(v6), range)
  if (range === 'unicast' || range === 'reserved') {
    const parts = v6.parts
    // ::a.b.c.d — the first 96 bits zero, and not :: or ::1 (their own ranges).
    if (parts.slice(0, 6).every((p) => p === 0)) return embeddedFrom(lastV4(v6), 'ipv4Compatible')
  }
  if (range === '6to4') {
    const bytes = v6.toByteArray()
    return { global: false, range, embedded: new ipaddr.IPv4(bytes.slice(2, 6)).toString() }
  }
  if (range !== 'unicast') return { global: false, range }
  if (!v6.match(GLOBAL_UNICAST_V6)) return { global: false, range: 'outside 2000::/3' }
  return { global: true }
}

/** True for any address that is not global unicast (see {@link classifyAddress}). */
export function isPrivateAddress(ip: string): boolean {
  const found = classifyAddress(ip)
  return found !== undefined && !found.global
}

/** A host as compared with the allow-list: lower case, no trailing dot, IPs in one canonical form. */
export function normaliseHost(host: string): string {
  const bare = host
    .replace(/^\[|\]$/g, '')
    .replace(/\.+$/, '')
    .toLowerCase()
  return ipaddr.isValid(bare) ? ipaddr.parse(bare).toNormalizedString() : bare
}

function allowListed(policy: TargetPolicy, ...hosts: string[]): boolean {
  const allowed = new Set(policy.allowList.map(normaliseHost))
  return hosts.some((host) => allowed.has(normaliseHost(host)))
}

function describe(found: Exclude<AddressClass, { global: true }>): string {
  return found.embedded ? `${found.range}, embedding ${found.embedded}` : found.range
}

/**
 * Checks a webhook URL when it is registered: parseable, http(s) by policy, no credentials, and
 * not a literal special-purpose address or a `localhost` name (trailing dots ignored) unless
 * allow-listed. Host names are checked again at connect time against the addresses they resolve
 * to ({@link assertAllowedAddress}), so DNS rebinding cannot slip past this check.
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
  const host = url.hostname
  if (allowListed(policy, host)) return url
  const name = normaliseHost(host)
  if (name === 'localhost' || name.endsWith('.localhost')) {
    throw new TargetError(
      'url_private_address',
      `url points at a loopback name (${host}); allow it with VOICEHOOKS_ALLOW_TARGETS`,
    )
  }
  const found = classifyAddress(host)
  if (found !== undefined && !found.global) {
    throw new TargetError(
      'url_private_address',
      `url points at an address that is not global unicast (${host}: ${describe(found)}); allow it with VOICEHOOKS_ALLOW_TARGETS`,
    )
  }
  return url
}

/** Checks a resolved address at connect time; `host` is the URL's hostname (allow-listed names pass). */
export function assertAllowedAddress(host: string, address: string, policy: TargetPolicy): void {
  if (allowListed(policy, host, address)) return
  const found = classifyAddress(address)
  if (found === undefined || !found.global) {
    const why = found === undefined ? 'not an IP address' : describe(found)
    throw new TargetError(
      'url_private_address',
      `${host} resolved to an address that is not global unicast (${address}: ${why})`,
    )
  }
}
