import ipaddr from 'ipaddr.js'
import { describe, expect, it } from 'vitest'
import {
  assertAllowedAddress,
  assertAllowedUrl,
  classifyAddress,
  isPrivateAddress,
  TargetError,
} from './target-guard.js'

const strict = { allowHttp: false, allowList: [] }

/**
 * The IANA IPv4 and IPv6 Special-Purpose Address Registries (every entry, RFC 6890 and later), plus
 * multicast, IPv4-compatible IPv6, site-local and IPv6 outside global unicast: none of them may
 * receive a delivery. Written out here rather than read from the library under test.
 */
const SPECIAL_PURPOSE_V4: [string, string][] = [
  ['0.0.0.0/8', '"this network"'],
  ['10.0.0.0/8', 'private use'],
  ['100.64.0.0/10', 'shared address space (CGNAT)'],
  ['127.0.0.0/8', 'loopback'],
  ['169.254.0.0/16', 'link local'],
  ['172.16.0.0/12', 'private use'],
  ['192.0.0.0/24', 'IETF protocol assignments'],
  ['192.0.0.0/29', 'IPv4 service continuity prefix'],
  ['192.0.0.8/32', 'IPv4 dummy address'],
  ['192.0.0.9/32', 'PCP anycast'],
  ['192.0.0.10/32', 'TURN anycast'],
  ['192.0.0.170/32', 'NAT64/DNS64 discovery'],
  ['192.0.0.171/32', 'NAT64/DNS64 discovery'],
  ['192.0.2.0/24', 'documentation (TEST-NET-1)'],
  ['192.31.196.0/24', 'AS112-v4'],
  ['192.52.193.0/24', 'AMT'],
  ['192.88.99.0/24', 'deprecated 6to4 relay anycast'],
  ['192.168.0.0/16', 'private use'],
  ['192.175.48.0/24', 'direct delegation AS112 service'],
  ['198.18.0.0/15', 'benchmarking'],
  ['198.51.100.0/24', 'documentation (TEST-NET-2)'],
  ['203.0.113.0/24', 'documentation (TEST-NET-3)'],
  ['224.0.0.0/4', 'multicast'],
  ['240.0.0.0/4', 'reserved'],
  ['255.255.255.255/32', 'limited broadcast'],
]
const SPECIAL_PURPOSE_V6: [string, string][] = [
  ['::1/128', 'loopback'],
  ['::/128', 'unspecified'],
  ['::ffff:0:0/96', 'IPv4-mapped (of 0.0.0.0/8 here)'],
  ['64:ff9b:1::/48', 'local-use IPv4/IPv6 translation'],
  ['100::/64', 'discard-only'],
  ['100:0:0:1::/64', 'dummy IPv6 prefix'],
  ['2001::/23', 'IETF protocol assignments'],
  ['2001::/32', 'TEREDO'],
  ['2001:1::1/128', 'PCP anycast'],
  ['2001:1::2/128', 'TURN anycast'],
  ['2001:1::3/128', 'DNS-SD service registration protocol anycast'],
  ['2001:2::/48', 'benchmarking'],
  ['2001:3::/32', 'AMT'],
  ['2001:4:112::/48', 'AS112-v6'],
  ['2001:10::/28', 'deprecated ORCHID'],
  ['2001:20::/28', 'ORCHIDv2'],
  ['2001:30::/28', 'drone remote ID protocol entity tags'],
  ['2001:db8::/32', 'documentation'],
  ['2002::/16', '6to4'],
  ['2620:4f:8000::/48', 'direct delegation AS112 service'],
  ['3fff::/20', 'documentation'],
  ['5f00::/16', 'segment routing (SRv6) SIDs'],
  ['fc00::/7', 'unique local'],
  ['fe80::/10', 'link-local unicast'],
  ['fec0::/10', 'deprecated site-local'],
  ['ff00::/8', 'multicast'],
  ['::/96', 'IPv4-compatible (deprecated)'],
  ['4000::/2', 'outside global unicast 2000::/3'],
]

/** The first, a middle and the last address of a block. */
function samples(cidr: string): string[] {
  const [address, bits] = ipaddr.parseCIDR(cidr)
  const bytes = address.toByteArray()
  const first = [...bytes]
  const last = [...bytes]
  for (let bit = bits; bit < bytes.length * 8; bit++) {
    last[bit >> 3]! |= 0x80 >> (bit & 7)
  }
  const middle = [...first]
  if (bits < bytes.length * 8) middle[bytes.length - 1]! |= 0x01 // a host inside the block
  const text = (b: number[]) => ipaddr.fromByteArray(b).toString()
  // ::/96 and ::ffff:0:0/96 start at :: and ::ffff:0.0.0.0; skip the :: and ::1 of their own rows.
  return [...new Set([text(first), text(middle), text(last)])].filter(
    (a) => cidr === '::/128' || cidr === '::1/128' || (a !== '::' && a !== '::1'),
  )
}

function url(address: string): string {
  return address.includes(':') ? `https://[${address}]/hooks` : `https://${address}/hooks`
}

describe('target guard: every IANA special-purpose block is refused', () => {
  it.each([...SPECIAL_PURPOSE_V4, ...SPECIAL_PURPOSE_V6])('%s (%s)', (cidr) => {
    for (const address of samples(cidr)) {
      expect(classifyAddress(address), address).toMatchObject({ global: false })
      expect(() => assertAllowedUrl(url(address), strict), address).toThrow(
        expect.objectContaining({ code: 'url_private_address' }),
      )
      expect(() => assertAllowedAddress('resolved.example', address, strict), address).toThrow(TargetError)
    }
  })

  it.each([
    ['https://localhost./x', 'a trailing dot'],
    ['https://foo.localhost./x', 'a subdomain of localhost with a trailing dot'],
    ['https://LOCALHOST../x', 'upper case and two dots'],
    ['https://[64:ff9b::a9fe:a9fe]/x', 'NAT64 of 169.254.169.254'],
    ['https://[64:ff9b::7f00:1]/x', 'NAT64 of 127.0.0.1'],
    ['https://[2002:a9fe:a9fe::]/x', '6to4 of 169.254.169.254'],
    ['https://[::127.0.0.1]/x', 'IPv4-compatible 127.0.0.1'],
    ['https://[::ffff:169.254.169.254]/x', 'IPv4-mapped metadata address'],
    ['https://[::ffff:0:a00:1]/x', 'IPv4-translated 10.0.0.1'],
    ['https://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/x', 'Teredo'],
    ['https://192.0.0.1/x', 'IETF protocol assignments'],
    ['https://0x7f.1/x', 'hex IPv4 loopback'],
    ['https://2130706433/x', 'decimal IPv4 loopback'],
    ['https://0177.0.0.1/x', 'octal IPv4 loopback'],
    ['https://[fe80::1%25eth0]/x', 'link-local with a zone'],
  ])('refuses %s (%s)', (target) => {
    expect(() => assertAllowedUrl(target, strict)).toThrow(TargetError)
  })

  it('names the range and the embedded address it refused', () => {
    expect(() => assertAllowedUrl('https://[64:ff9b::a9fe:a9fe]/', strict)).toThrow(
      /rfc6052 of linkLocal, embedding 169\.254\.169\.254/,
    )
    expect(() => assertAllowedUrl('https://[2002:a9fe:a9fe::]/', strict)).toThrow(
      /6to4, embedding 169\.254\.169\.254/,
    )
  })
})

describe('target guard', () => {
  it.each([
    '8.8.8.8',
    '1.1.1.1',
    '93.184.216.34',
    '2606:4700::1111',
    '2a00:1450:4001::200e',
    '64:ff9b::808:808',
    '::ffff:8.8.8.8',
  ])('%s is global unicast', (ip) => {
    expect(classifyAddress(ip)).toEqual({ global: true })
    expect(isPrivateAddress(ip)).toBe(false)
    expect(() => assertAllowedUrl(url(ip), strict)).not.toThrow()
  })

  it('answers undefined for a host name, which is checked when it resolves', () => {
    expect(classifyAddress('hooks.example.com')).toBeUndefined()
    expect(() => assertAllowedAddress('rebind.example', '10.0.0.5', strict)).toThrow(TargetError)
    expect(() => assertAllowedAddress('ok.example', '93.184.216.34', strict)).not.toThrow()
  })

  it('requires https outside development', () => {
    expect(() => assertAllowedUrl('http://example.com/hook', strict)).toThrow(/https/)
    expect(assertAllowedUrl('https://example.com/hook', strict).host).toBe('example.com')
    expect(assertAllowedUrl('http://example.com/hook', { allowHttp: true, allowList: [] }).protocol).toBe(
      'http:',
    )
  })

  it('lets the allow-list name exceptions, compared without trailing dots and in canonical form', () => {
    const policy = { allowHttp: false, allowList: ['127.0.0.1', 'localhost', '0:0:0:0:0:0:0:1'] }
    expect(assertAllowedUrl('https://127.0.0.1:8443/x', policy).port).toBe('8443')
    expect(() => assertAllowedUrl('https://localhost./x', policy)).not.toThrow()
    expect(() => assertAllowedUrl('https://[::1]/x', policy)).not.toThrow()
    expect(() => assertAllowedAddress('localhost', '127.0.0.1', policy)).not.toThrow()
    expect(() => assertAllowedUrl('https://10.0.0.1/x', policy)).toThrow(TargetError)
  })

  it('refuses junk and credentials', () => {
    expect(() => assertAllowedUrl('not a url', strict)).toThrow(
      expect.objectContaining({ code: 'url_invalid' }),
    )
    expect(() => assertAllowedUrl('ftp://example.com', strict)).toThrow(
      expect.objectContaining({ code: 'url_scheme' }),
    )
    expect(() => assertAllowedUrl('https://u:p@example.com', strict)).toThrow(
      expect.objectContaining({ code: 'url_invalid' }),
    )
  })
})
