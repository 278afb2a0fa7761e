import { describe, expect, it } from 'vitest'
import { assertAllowedAddress, assertAllowedUrl, isPrivateAddress, TargetError } from './target-guard.js'

const strict = { allowHttp: false, allowList: [] }

describe('target guard', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.20.0.1',
    '192.168.1.1',
    '169.254.169.254',
    '::1',
    'fe80::1',
    'fd00::1',
    '::ffff:127.0.0.1',
    '0.0.0.0',
  ])('%s is private', (ip) => expect(isPrivateAddress(ip)).toBe(true))

  it.each(['8.8.8.8', '1.1.1.1', '2606:4700::1111'])('%s is public', (ip) =>
    expect(isPrivateAddress(ip)).toBe(false),
  )

  it('requires https outside development', () => {
    expect(() => assertAllowedUrl('http://example.com/hook', strict)).toThrow(/https/)
    expect(assertAllowedUrl('https://example.com/hook', strict).host).toBe('example.com')
    expect(assertAllowedUrl('http://example.com/hook', { allowHttp: true, allowList: [] }).protocol).toBe(
      'http:',
    )
  })

  it('refuses private targets unless allow-listed', () => {
    for (const url of [
      'https://127.0.0.1/x',
      'https://localhost/x',
      'https://[::1]/x',
      'https://169.254.169.254/latest',
    ]) {
      expect(() => assertAllowedUrl(url, strict)).toThrow(TargetError)
    }
    expect(
      assertAllowedUrl('https://127.0.0.1:8443/x', { allowHttp: false, allowList: ['127.0.0.1'] }).port,
    ).toBe('8443')
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

  it('checks the resolved address at connect time (DNS rebinding)', () => {
    expect(() => assertAllowedAddress('rebind.example', '10.0.0.5', strict)).toThrow(TargetError)
    expect(() => assertAllowedAddress('ok.example', '93.184.216.34', strict)).not.toThrow()
  })
})
