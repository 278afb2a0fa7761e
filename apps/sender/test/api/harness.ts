import { randomBytes } from 'node:crypto'
import { createTestDatabase, type Engine, testEngines } from '@voicehooks/testkit'
import { type Logger, pino } from 'pino'
import { expect } from 'vitest'
import { type RunningSender, type SenderConfig, startSender } from '../../src/index.js'
import { OpenApiCheck } from './openapi-check.js'

/** `Engine`: the store engines every API test runs on. */
export { createTestDatabase, type Engine } from '@voicehooks/testkit'

export const OPERATOR_TOKEN = 'operator-token-for-tests'

/** Shared across test files in one worker: the document is parsed and compiled once. */
export const openapi = new OpenApiCheck()

/**
 * The engines to run: PGlite always; PostgreSQL when reachable. Unreachable PostgreSQL skips with a
 * message, except under CI=true where it must be there (the suite then fails loudly).
 */
export function availableEngines(): Promise<Engine[]> {
  return testEngines('the API tests')
}

/** A parsed response. */
export interface Reply<T = unknown> {
  status: number
  headers: Headers
  body: T
}

/** Options of one request. */
export interface CallOptions {
  /** Bearer token; default the client's key, `null` for none. */
  token?: string | null
  headers?: Record<string, string>
  /** A raw body sent as is (for malformed JSON and size tests). */
  raw?: string
}

/**
 * Calls the API over real HTTP and checks every answer against the OpenAPI document: the
 * operation is found from the method and path, and the status, content type and body must be
 * documented for it. A route not in the document fails the check.
 */
export class ApiClient {
  constructor(
    readonly baseUrl: string,
    readonly token: string | null,
  ) {}

  withToken(token: string | null): ApiClient {
    return new ApiClient(this.baseUrl, token)
  }

  async request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    options: CallOptions = {},
  ): Promise<Reply<T>> {
    const token = options.token === undefined ? this.token : options.token
    const headers: Record<string, string> = { ...options.headers }
    if (token !== null) headers['authorization'] = `Bearer ${token}`
    let payload: string | undefined = options.raw
    if (body !== undefined) payload = JSON.stringify(body)
    if (payload !== undefined && !headers['content-type']) headers['content-type'] = 'application/json'
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body: payload })
    const text = await response.text()
    const contentType = response.headers.get('content-type')
    const parsed: unknown = text === '' ? undefined : contentType?.includes('json') ? JSON.parse(text) : text
    const operation = openapi.match(method, path.split('?')[0]!)
    if (!operation) throw new Error(`${method} ${path} is not an operation of the OpenAPI document`)
    // Errors are documented as application/problem+json with the Problem schema, so this also
    // checks every error's shape.
    openapi.assertResponse(operation.operationId, response.status, contentType, parsed)
    return { status: response.status, headers: response.headers, body: parsed as T }
  }

  get<T = unknown>(path: string, options?: CallOptions) {
    return this.request<T>('GET', path, undefined, options)
  }
  post<T = unknown>(path: string, body?: unknown, options?: CallOptions) {
    return this.request<T>('POST', path, body, options)
  }
  patch<T = unknown>(path: string, body?: unknown, options?: CallOptions) {
    return this.request<T>('PATCH', path, body, options)
  }
  delete<T = unknown>(path: string, options?: CallOptions) {
    return this.request<T>('DELETE', path, undefined, options)
  }
}

/** One sender for a test file, on one engine, without workers, and a way to make accounts. */
export interface TestSender {
  sender: RunningSender
  /** Unauthenticated client. */
  anonymous: ApiClient
  /** Creates an account and answers a client holding its first API key. */
  account(name?: string): Promise<ApiClient & { accountId: string; keyId: string }>
  stop(): Promise<void>
}

let accounts = 0

/** Starts a sender on `engine` (port 0, workers off, silent logs by default); `config` overrides defaults. */
export async function startTestSender(
  engine: Engine,
  purpose: string,
  config: Partial<SenderConfig> = {},
  logger: Logger = pino({ level: process.env['LOG_LEVEL'] ?? 'silent' }),
): Promise<TestSender> {
  const database = engine === 'postgres' ? await createTestDatabase(purpose) : undefined
  const sender = await startSender({
    env: { VOICEHOOKS_ENCRYPTION_KEY: randomBytes(32).toString('base64') },
    config: {
      port: 0,
      operatorToken: OPERATOR_TOKEN,
      databaseUrl: database?.url,
      dataDir: undefined,
      ...config,
    },
    logger,
    workers: false,
  })
  const anonymous = new ApiClient(sender.url, null)
  return {
    sender,
    anonymous,
    async account(name = 'Test account') {
      accounts += 1
      const created = await anonymous.post<{ account: { id: string }; api_key: { id: string; key: string } }>(
        '/v1/accounts',
        { name, email: `owner-${accounts}-${randomBytes(3).toString('hex')}@example.com` },
        { token: OPERATOR_TOKEN },
      )
      expect(created.status).toBe(201)
      const client = new ApiClient(sender.url, created.body.api_key.key)
      return Object.assign(client, { accountId: created.body.account.id, keyId: created.body.api_key.id })
    },
    async stop() {
      await sender.stop()
      await database?.drop()
    },
  }
}

/** A URL the development target policy accepts; nothing listens there (workers are off). */
export const RECEIVER_URL = 'http://127.0.0.1:9/hooks'
