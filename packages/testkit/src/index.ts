/**
 * Test helpers shared by the workspace's suites: which PostgreSQL server tests use, whether it is
 * there (and the CI rule when it is not), a database of each test file's own, and polling with a deadline.
 *
 * @packageDocumentation
 */

export { PG_BIN, type PostgresCluster, startPostgresCluster } from './cluster.js'
export { DEFAULT_TEST_DATABASE_URL, resolveTestDatabaseUrl, TEST_DATABASE_URL } from './database-url.js'
export { type Engine, postgresReachable, requirePostgres, testEngines } from './postgres.js'
export { createTestDatabase, type TestDatabase } from './test-database.js'
export { UntilTimeoutError, until } from './until.js'
