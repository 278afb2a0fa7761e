import type { LookupAddress } from 'node:dns'
import { describe, expect, it } from 'vitest'
import { guardedLookup } from './guarded-lookup.js'

function resolve(
  policy: { allowHttp: boolean; allowList: string[] },
  host: string,
  all: boolean,
): Promise<string | LookupAddress[]> {
  return new Promise((ok, fail) => {
    guardedLookup(policy)(host, { all }, (error, address) => (error ? fail(error) : ok(address)))
  })
}

describe('guardedLookup', () => {
  it('refuses a name that resolves to loopback unless allow-listed', async () => {
    await expect(resolve({ allowHttp: true, allowList: [] }, 'localhost', false)).rejects.toMatchObject({
      code: 'url_private_address',
      message: expect.stringMatching(/^localhost resolved to an address that is not global unicast/),
    })
    await expect(resolve({ allowHttp: true, allowList: [] }, 'localhost', true)).rejects.toThrow(
      /not global unicast/,
    )
  })

  it('passes allow-listed names, in both callback shapes', async () => {
    const one = await resolve({ allowHttp: true, allowList: ['localhost'] }, 'localhost', false)
    expect(one).toMatch(/^(127\.0\.0\.1|::1)$/)
    const all = await resolve({ allowHttp: true, allowList: ['localhost'] }, 'localhost', true)
    expect(Array.isArray(all) && all.length > 0).toBe(true)
  })

  it('passes DNS errors through', async () => {
    await expect(
      resolve({ allowHttp: true, allowList: [] }, 'no-such-host.invalid', false),
    ).rejects.toMatchObject({
      code: 'ENOTFOUND',
    })
  })
})
