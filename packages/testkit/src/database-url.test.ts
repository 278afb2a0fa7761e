import { describe, expect, it } from 'vitest'
import { DEFAULT_TEST_DATABASE_URL, resolveTestDatabaseUrl } from './database-url.js'

describe('resolveTestDatabaseUrl', () => {
  it('prefers TEST_DATABASE_URL, then the VOICEHOOKS_ alias, then the default', () => {
    expect(
      resolveTestDatabaseUrl({
        TEST_DATABASE_URL: 'postgres://a/x',
        VOICEHOOKS_TEST_DATABASE_URL: 'postgres://b/y',
      }),
    ).toBe('postgres://a/x')
    expect(resolveTestDatabaseUrl({ VOICEHOOKS_TEST_DATABASE_URL: 'postgres://b/y' })).toBe('postgres://b/y')
    expect(resolveTestDatabaseUrl({ TEST_DATABASE_URL: '' })).toBe(DEFAULT_TEST_DATABASE_URL)
    expect(DEFAULT_TEST_DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/test')
  })
})
