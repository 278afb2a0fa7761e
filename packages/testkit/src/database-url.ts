/** The server tests use when neither variable is set: local PostgreSQL with trust auth. */
export const DEFAULT_TEST_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test'

/**
 * The PostgreSQL test server's URL from `env`: `TEST_DATABASE_URL`, else the older
 * `VOICEHOOKS_TEST_DATABASE_URL` (still accepted as an alias), else {@link DEFAULT_TEST_DATABASE_URL}.
 * An empty value counts as unset.
 */
export function resolveTestDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env['TEST_DATABASE_URL'] || env['VOICEHOOKS_TEST_DATABASE_URL'] || DEFAULT_TEST_DATABASE_URL
}

/**
 * The PostgreSQL test server every helper here connects to, resolved once from `process.env` by
 * {@link resolveTestDatabaseUrl}. Test databases are created on it and dropped again.
 */
export const TEST_DATABASE_URL: string = resolveTestDatabaseUrl()
