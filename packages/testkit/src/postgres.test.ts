import { afterEach, describe, expect, it, vi } from 'vitest'

// Nothing listens on port 1, so the server is unreachable; the URL is read at import, hence the fresh import.
async function unreachable(ci: string) {
  vi.resetModules()
  vi.stubEnv('TEST_DATABASE_URL', 'postgres://postgres@127.0.0.1:1/test')
  vi.stubEnv('CI', ci)
  return import('./postgres.js')
}

afterEach(() => {
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
})

describe('when PostgreSQL is unreachable', () => {
  it('runs on PGlite only and warns naming the suite, outside CI', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const { requirePostgres, testEngines } = await unreachable('')
    expect(await testEngines('widget tests')).toEqual(['pglite'])
    expect(warn).toHaveBeenLastCalledWith(expect.stringContaining('widget tests run on PGlite only'))
    expect(await requirePostgres('gadget tests')).toBe(false)
    expect(warn).toHaveBeenLastCalledWith(expect.stringContaining('gadget tests skipped'))
  })

  it('fails instead under CI=true', async () => {
    const { requirePostgres, testEngines } = await unreachable('true')
    await expect(testEngines('widget tests')).rejects.toThrow(/required in CI.*widget tests.*127\.0\.0\.1:1/)
    await expect(requirePostgres('gadget tests')).rejects.toThrow(/required in CI.*gadget tests/)
  })
})
