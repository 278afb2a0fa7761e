import { gzipSync } from 'node:zlib'
import { catalog } from '@voicehooks/contracts'
import fc from 'fast-check'
import { deref, isObject, type Json, type JsonObject, type OpenApiCheck } from '../api/openapi-check.js'

/**
 * Requests generated from the OpenAPI document: every operation, with path ids, query strings,
 * headers, content types, encodings and bodies drawn from the document's own schemas, then often
 * broken in exactly one place. The fuzz test and `scripts/fuzz-api.ts` send them to a real sender
 * and check every answer with {@link checkAnswer}.
 */

/** Real ids the generator mixes with garbage, so requests also reach the code behind a found resource. */
export interface FuzzFixtures {
  apiKey: string
  operatorToken: string
  ids: Record<'webhook_id' | 'delivery_id' | 'call_id' | 'api_key_id', string[]>
}

/** One request to send, and what was broken in it (`mutated`), when one thing was. */
export interface FuzzRequest {
  operationId: string
  method: string
  path: string
  headers: Record<string, string>
  body: string | Uint8Array | undefined
  /** The deliberate mistakes: a JSON Pointer into the body, or a query or header name. */
  mutated: { in: 'body' | 'query' | 'header'; at: string }[]
  /**
   * True when nothing but `mutated` is wrong with the request: a JSON content type, a readable
   * encoding, the right credential. Only then must a 400 name one of the mutations.
   */
  clean: boolean
}

interface Operation {
  operationId: string
  method: string
  template: string
  parameters: JsonObject[]
  bodySchema: Json | undefined
  bodyExamples: Json[]
  operator: boolean
}

const METHODS = ['get', 'post', 'patch', 'delete'] as const

function operationsOf(doc: JsonObject): Operation[] {
  const out: Operation[] = []
  for (const [template, item] of Object.entries(doc['paths'] as JsonObject)) {
    if (!isObject(item) || !template.startsWith('/v1/')) continue
    const shared = (item['parameters'] as Json[] | undefined) ?? []
    for (const method of METHODS) {
      const op = item[method]
      if (!isObject(op)) continue
      const parameters = [...shared, ...((op['parameters'] as Json[] | undefined) ?? [])].map(
        (p) => deref(doc, p) as JsonObject,
      )
      const media = isObject(op['requestBody'])
        ? ((deref(doc, op['requestBody']) as JsonObject)['content'] as JsonObject | undefined)?.[
            'application/json'
          ]
        : undefined
      const schema = isObject(media) ? deref(doc, media['schema'] as Json) : undefined
      const bodyExamples = isObject(schema) && Array.isArray(schema['examples']) ? schema['examples'] : []
      const security = op['security']
      out.push({
        operationId: String(op['operationId']),
        method: method.toUpperCase(),
        template,
        parameters,
        bodySchema: schema,
        bodyExamples,
        operator: Array.isArray(security) && JSON.stringify(security).includes('operatorToken'),
      })
    }
  }
  return out
}

// ------------------------------------------------------------------ values from schemas

const NASTY_STRINGS = [
  '',
  ' ',
  'a\u0000b',
  '\ud800',
  'x\udfff',
  '😀',
  '\u202e',
  "'; DROP TABLE webhooks; --",
  '../../etc/passwd',
  '%00',
  '\r\nX-Injected: 1',
  'x'.repeat(5000),
]
const NASTY_NUMBERS: Json[] = [-1, 0, 1.5, 2147483648, 9007199254740991, 1e300, -1e300]

function stringFor(schema: JsonObject): fc.Arbitrary<string> {
  const format = schema['format']
  if (Array.isArray(schema['examples']) && schema['examples'].some((e) => typeof e === 'string')) {
    return fc.constantFrom(...(schema['examples'].filter((e) => typeof e === 'string') as string[]))
  }
  if (format === 'uri')
    return fc.constantFrom(
      'http://127.0.0.1:9/hooks',
      'http://localhost:9/x?y=1',
      'https://example.com/hooks',
    )
  if (format === 'email') return fc.constantFrom('ops@example.com', 'a.b+c@example.org')
  if (format === 'uuid') return fc.uuid()
  if (format === 'date-time') {
    return fc
      .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString())
  }
  const min = typeof schema['minLength'] === 'number' ? schema['minLength'] : 0
  const max = typeof schema['maxLength'] === 'number' ? Math.min(schema['maxLength'], 40) : 40
  return fc.string({ minLength: Math.min(min, max), maxLength: Math.max(min, max) })
}

/** An arbitrary value that mostly satisfies `schema` (the mutations break it on purpose). */
export function valueFor(schema: Json | undefined, depth = 0): fc.Arbitrary<Json> {
  if (!isObject(schema) || depth > 6) return fc.constant(null)
  if (Array.isArray(schema['enum'])) return fc.constantFrom(...(schema['enum'] as Json[]))
  if ('const' in schema) return fc.constant(schema['const'] as Json)
  for (const key of ['oneOf', 'anyOf'] as const) {
    if (Array.isArray(schema[key]))
      return fc.oneof(...(schema[key] as Json[]).map((s) => valueFor(s, depth + 1)))
  }
  const type = schema['type']
  if (Array.isArray(type)) {
    return fc.oneof(...type.map((t) => valueFor({ ...schema, type: t } as JsonObject, depth)))
  }
  switch (type) {
    case 'null':
      return fc.constant(null)
    case 'boolean':
      return fc.boolean()
    case 'integer': {
      const min = typeof schema['minimum'] === 'number' ? schema['minimum'] : -1000
      const max = typeof schema['maximum'] === 'number' ? Math.min(schema['maximum'], 1_000_000) : 1000
      return fc.integer({ min, max: Math.max(min, max) })
    }
    case 'number':
      return fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 })
    case 'string':
      return stringFor(schema)
    case 'array': {
      const max = Math.min(typeof schema['maxItems'] === 'number' ? schema['maxItems'] : 3, 3)
      const min = Math.min(typeof schema['minItems'] === 'number' ? schema['minItems'] : 0, max)
      const items = valueFor(schema['items'], depth + 1)
      return schema['uniqueItems']
        ? fc.uniqueArray(items, { minLength: min, maxLength: max, selector: (v) => JSON.stringify(v) })
        : fc.array(items, { minLength: min, maxLength: max })
    }
    default: {
      const properties = isObject(schema['properties']) ? schema['properties'] : {}
      const required = new Set(Array.isArray(schema['required']) ? (schema['required'] as string[]) : [])
      const record: Record<string, fc.Arbitrary<Json>> = {}
      for (const [name, sub] of Object.entries(properties)) record[name] = valueFor(sub, depth + 1)
      const extra =
        schema['additionalProperties'] === true || isObject(schema['additionalProperties'])
          ? fc.dictionary(
              fc.string({ minLength: 1, maxLength: 8 }),
              valueFor(
                schema['additionalProperties'] === true ? { type: 'string' } : schema['additionalProperties'],
                depth + 1,
              ),
              { maxKeys: 2 },
            )
          : fc.constant({})
      return fc
        .tuple(fc.record(record, { requiredKeys: [...required].filter((k) => k in record) }), extra)
        .map(([known, more]) => ({ ...more, ...known }) as Json)
    }
  }
}

// ------------------------------------------------------------------ one deliberate mistake

/** Every JSON Pointer of `value` that names a member or item. */
function pointers(value: Json, at = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => [`${at}/${i}`, ...pointers(item, `${at}/${i}`)])
  if (isObject(value)) {
    return Object.entries(value).flatMap(([k, v]) => {
      const here = `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`
      return [here, ...pointers(v, here)]
    })
  }
  return []
}

function setAt(root: Json, pointer: string, value: Json | undefined): Json {
  const copy = structuredClone(root)
  const keys = pointer
    .split('/')
    .slice(1)
    .map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'))
  let node: Json = copy
  for (const key of keys.slice(0, -1)) node = (node as Record<string, Json>)[key] as Json
  const last = keys[keys.length - 1]!
  if (Array.isArray(node)) {
    if (value === undefined) node.splice(Number(last), 1)
    else node[Number(last)] = value
  } else if (isObject(node)) {
    if (value === undefined) delete node[last]
    else node[last] = value
  }
  return copy
}

const wrongValue: fc.Arbitrary<Json | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(...NASTY_STRINGS),
  fc.constantFrom(...NASTY_NUMBERS),
  fc.constantFrom<Json>(null, true, [], {}, [null], { nested: { deeper: '\u0000' } }),
  fc.constantFrom('2026-02-30T00:00:00Z', '2026-13-01T00:00:00Z', 'not-a-date', '9999-99-99'),
)

interface Body {
  value: Json | undefined
  raw?: string
  mutated?: string
  /**
   * Built on one of the document's (or the catalog's) examples, which are valid. A body generated
   * from the schema alone may break rules the schema cannot state (an event type's own `data`
   * contract), so a refusal of it need not name the mutation.
   */
  fromExample?: boolean
}

function bodyFor(op: Operation): fc.Arbitrary<Body> {
  if (op.bodySchema === undefined) return fc.constant({ value: undefined })
  const examples = op.operationId === 'publishEvent' ? publishExamples : op.bodyExamples
  const generated = valueFor(op.bodySchema).map((value) => ({ value, fromExample: false }))
  const valid =
    examples.length > 0
      ? fc.oneof(
          generated,
          fc.constantFrom(...examples).map((value) => ({ value, fromExample: true })),
        )
      : generated
  const mutated = valid.chain(({ value, fromExample }) => {
    const at = pointers(value)
    if (at.length === 0) return fc.constant<Body>({ value, fromExample })
    return fc.tuple(fc.constantFrom(...at), wrongValue).map(([pointer, wrong]) => ({
      value: setAt(value, pointer, wrong),
      mutated: pointer,
      fromExample,
    }))
  })
  const extraField = valid.map(({ value, fromExample }) =>
    isObject(value)
      ? ({
          value: { ...value, not_in_the_document: 1 },
          mutated: '/not_in_the_document',
          fromExample,
        } as Body)
      : { value, fromExample },
  )
  const garbage = fc.oneof(
    fc.string({ maxLength: 60 }).map((raw) => ({ value: undefined, raw })),
    fc
      .constantFrom(
        '{',
        '[]',
        'null',
        '"text"',
        '123',
        '{"a":',
        '{"name":"\\ud800"}',
        '{"x":"\\u0000"}',
        `${'['.repeat(2000)}${']'.repeat(2000)}`,
        '{"__proto__":{"polluted":true}}',
        '{"constructor":{"prototype":{"polluted":true}}}',
        '\u0000\u0001\u0002',
      )
      .map((raw) => ({ value: undefined, raw })),
  )
  return fc.oneof(
    { weight: 3, arbitrary: valid },
    { weight: 5, arbitrary: mutated },
    { weight: 1, arbitrary: extraField },
    { weight: 2, arbitrary: garbage },
  )
}

/** `POST /v1/events` bodies the catalog makes valid (reserved types cannot be published), so publishing with real fan-out is fuzzed too. */
const publishExamples: Json[] = catalog
  .filter((entry) => !entry.reserved)
  .map((entry) => ({ type: entry.name, data: entry.example.data as unknown as Json }))

// ------------------------------------------------------------------ parameters and headers

function pathValue(name: string, fixtures: FuzzFixtures): fc.Arbitrary<string> {
  const real = fixtures.ids[name as keyof FuzzFixtures['ids']] ?? []
  const garbage = fc.oneof(
    fc.constantFrom(
      '%ZZ',
      '%C0%AE',
      '%ED%A0%80',
      '%',
      '%00',
      '..',
      '%2F..%2F',
      'wh_',
      'dlv_%FF',
      '%E2%80%AE',
    ),
    fc
      .string({ minLength: 1, maxLength: 30 })
      .map((s) => encodeURIComponent(s.replace(/[\ud800-\udfff]/g, 'x'))),
    fc.constantFrom(
      'wh_01KERKS8Z07QRDTVMD9F99CQBK',
      'dlv_01KN4EMBG0N1Y4QH0W8ZQ5V7TB',
      '00000000-0000-0000-0000-000000000000',
    ),
  )
  return real.length > 0
    ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...real) }, { weight: 2, arbitrary: garbage })
    : garbage
}

function queryValue(
  param: JsonObject,
): fc.Arbitrary<{ value: string | string[] | undefined; broken: boolean }> {
  // An array parameter is the parameter repeated (`?status=failed&status=dead`), as the document's
  // `style: form, explode: true` default says.
  const valid = valueFor(param['schema'] as Json).map((v) => ({
    value:
      v === null
        ? undefined
        : Array.isArray(v)
          ? v.map(String)
          : typeof v === 'string'
            ? v
            : JSON.stringify(v),
    broken: false,
  }))
  const broken = fc
    .constantFrom(
      '',
      '-1',
      '1e3',
      '99999999999999999999',
      'true',
      'maybe',
      '%00',
      '\u0000',
      '2026-02-30T00:00:00Z',
      'x'.repeat(300),
    )
    .map((value) => ({ value, broken: true }))
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant({ value: undefined, broken: false }) },
    { weight: 4, arbitrary: valid },
    { weight: 2, arbitrary: broken },
  )
}

const contentTypes = fc.constantFrom(
  'application/json',
  'application/json',
  'application/json; charset=utf-8',
  'application/merge-patch+json',
  'application/json; charset=latin1',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  '',
)
const encodings = fc.constantFrom(
  undefined,
  undefined,
  undefined,
  'gzip',
  'gzip-real',
  'deflate',
  'br',
  'identity',
  'compress',
  'x-unknown',
)

/** Requests for every operation of the document, drawn from its schemas and broken in one place. */
export function fuzzRequests(check: OpenApiCheck, fixtures: FuzzFixtures): fc.Arbitrary<FuzzRequest> {
  const ops = operationsOf(check.document)
  return fc.constantFrom(...ops).chain((op) => {
    const pathParams = op.parameters.filter((p) => p['in'] === 'path')
    const queryParams = op.parameters.filter((p) => p['in'] === 'query')
    return fc
      .record({
        pathValues: fc.tuple(...pathParams.map((p) => pathValue(String(p['name']), fixtures))),
        query: fc.tuple(...queryParams.map(queryValue)),
        extraQuery: fc.option(
          fc.constantFrom('&unknown=1', '&limit=5&limit=6', '&offset[]=1', '&%ZZ=1', '&a=%E0%A4%A'),
          { freq: 4 },
        ),
        body: bodyFor(op),
        contentType: contentTypes,
        encoding: encodings,
        auth: fc.oneof(
          { weight: 12, arbitrary: fc.constant('right') },
          { weight: 1, arbitrary: fc.constantFrom('none', 'garbage', 'basic') },
        ),
        idempotencyKey: fc.option(fc.constantFrom('key-1', '', 'k'.repeat(300), 'ünïcødé'), { freq: 5 }),
      })
      .map((r): FuzzRequest => {
        let path = op.template
        pathParams.forEach((p, i) => {
          path = path.replace(`{${String(p['name'])}}`, r.pathValues[i]!)
        })
        const search = new URLSearchParams()
        const mutated: FuzzRequest['mutated'] = []
        queryParams.forEach((p, i) => {
          const q = r.query[i]!
          if (q.value === undefined) return
          for (const one of [q.value].flat()) search.append(String(p['name']), one)
          if (q.broken) mutated.push({ in: 'query', at: String(p['name']) })
        })
        const query = search.toString()
        path +=
          (query ? `?${query}` : '') +
          (r.extraQuery ? (query ? r.extraQuery : `?${r.extraQuery.slice(1)}`) : '')
        const headers: Record<string, string> = {}
        const token = op.operator ? fixtures.operatorToken : fixtures.apiKey
        if (r.auth === 'right') headers['authorization'] = `Bearer ${token}`
        else if (r.auth === 'garbage') headers['authorization'] = 'Bearer vhk_not_a_real_key'
        else if (r.auth === 'basic') headers['authorization'] = 'Basic dXNlcjpwYXNz'
        if (r.idempotencyKey !== null) {
          headers['idempotency-key'] = r.idempotencyKey
          const read = op.parameters.some(
            (p) => p['in'] === 'header' && String(p['name']).toLowerCase() === 'idempotency-key',
          )
          if (read && (r.idempotencyKey === '' || r.idempotencyKey.length > 255))
            mutated.push({ in: 'header', at: 'Idempotency-Key' })
        }
        let body: string | Uint8Array | undefined
        if (op.bodySchema !== undefined || r.body.raw !== undefined) {
          body = r.body.raw ?? (r.body.value === undefined ? undefined : JSON.stringify(r.body.value))
          if (r.body.mutated !== undefined && r.body.raw === undefined)
            mutated.push({ in: 'body', at: r.body.mutated })
        }
        if (body !== undefined) {
          if (r.contentType) headers['content-type'] = r.contentType
          if (r.encoding === 'gzip-real') {
            headers['content-encoding'] = 'gzip'
            body = gzipSync(body)
          } else if (r.encoding !== undefined) headers['content-encoding'] = r.encoding
        }
        const readable =
          body === undefined ||
          (/^application\/(json|[a-z-]+\+json)(; charset=utf-8)?$/.test(r.contentType) &&
            (r.encoding === undefined || r.encoding === 'identity' || r.encoding === 'gzip-real') &&
            r.body.raw === undefined)
        const clean =
          readable &&
          r.auth === 'right' &&
          r.extraQuery === null &&
          (body === undefined || r.body.fromExample === true)
        return { operationId: op.operationId, method: op.method, path, headers, body, mutated, clean }
      })
  })
}

/**
 * One request per request-body example of the document (path ids from the fixtures, the right
 * credential, JSON): what the document shows a client must be accepted as valid input.
 */
export function requestExamples(check: OpenApiCheck, fixtures: FuzzFixtures): FuzzRequest[] {
  return operationsOf(check.document).flatMap((op) =>
    op.bodyExamples.map((example): FuzzRequest => {
      let path = op.template
      for (const p of op.parameters.filter((param) => param['in'] === 'path')) {
        const name = String(p['name'])
        path = path.replace(`{${name}}`, fixtures.ids[name as keyof FuzzFixtures['ids']]?.[0] ?? 'missing')
      }
      return {
        operationId: op.operationId,
        method: op.method,
        path,
        headers: {
          authorization: `Bearer ${op.operator ? fixtures.operatorToken : fixtures.apiKey}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify(example),
        mutated: [],
        clean: true,
      }
    }),
  )
}

// ------------------------------------------------------------------ fixtures, sending and checking

async function post<T>(url: string, token: string, body: unknown): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`fixture POST ${url} → ${response.status}: ${text}`)
  return JSON.parse(text) as T
}

/**
 * Real resources for generated requests to find, besides the ids that find nothing: an account
 * (its key is the fuzzer's credential), a spare key, three webhooks, a delivery and a call.
 */
export async function createFixtures(
  baseUrl: string,
  operatorToken: string,
  receiverUrl: string,
): Promise<FuzzFixtures> {
  const { api_key } = await post<{ api_key: { key: string } }>(`${baseUrl}/v1/accounts`, operatorToken, {
    name: 'Fuzz',
    email: `fuzz-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`,
  })
  const key = api_key.key
  const spare = await post<{ id: string }>(`${baseUrl}/v1/api-keys`, key, { name: 'spare' })
  const webhooks: string[] = []
  for (let i = 0; i < 3; i++)
    webhooks.push((await post<{ id: string }>(`${baseUrl}/v1/webhooks`, key, { url: receiverUrl })).id)
  await post(`${baseUrl}/v1/events`, key, {
    type: 'test.ping',
    data: { message: 'fuzz', webhook_id: webhooks[0] },
  })
  const listed = await fetch(`${baseUrl}/v1/webhooks/${webhooks[0]}/deliveries`, {
    headers: { authorization: `Bearer ${key}` },
  })
  const deliveries = ((await listed.json()) as { data: { id: string }[] }).data.map((d) => d.id)
  const call = await post<{ id: string }>(`${baseUrl}/v1/calls`, key, {
    callback_url: receiverUrl,
    agent_id: '8c1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b',
    from_number: '+14155550100',
    to_number: '+14155550101',
  })
  return {
    apiKey: key,
    operatorToken,
    // The fuzzer's own key id is left out: revoking it would turn every later request into a 401.
    ids: { webhook_id: webhooks, delivery_id: deliveries, call_id: [call.id], api_key_id: [spare.id] },
  }
}

/** Answers seen, by status, and the operations reached. */
export class FuzzTally {
  readonly statuses = new Map<number, number>()
  readonly operations = new Set<string>()
  requests = 0

  add(request: FuzzRequest, answer: FuzzAnswer): void {
    this.requests += 1
    this.statuses.set(answer.status, (this.statuses.get(answer.status) ?? 0) + 1)
    this.operations.add(request.operationId)
  }

  /** `200×459 201×41 …` */
  toString(): string {
    return [...this.statuses]
      .sort(([a], [b]) => a - b)
      .map(([status, n]) => `${status}×${n}`)
      .join(' ')
  }
}

/** What one request got back. */
export interface FuzzAnswer {
  status: number
  contentType: string | null
  body: unknown
}

/** Sends `request` to `baseUrl` and reads the whole answer. */
export async function send(baseUrl: string, request: FuzzRequest): Promise<FuzzAnswer> {
  const response = await fetch(`${baseUrl}${request.path}`, {
    method: request.method,
    headers: request.headers,
    body: request.body,
  })
  const text = await response.text()
  const contentType = response.headers.get('content-type')
  let body: unknown = text === '' ? undefined : text
  if (contentType?.includes('json') && text !== '') body = JSON.parse(text)
  return { status: response.status, contentType, body }
}

function related(path: string, mutated: string): boolean {
  return path === mutated || mutated.startsWith(`${path}/`) || path.startsWith(`${mutated}/`) || path === ''
}

/**
 * The rules every answer keeps: never a 5xx; every answer (errors included) documented for the
 * operation and valid against its schema; every error a problem+json; every 400 and 422 names its
 * failing inputs, and when one field was broken on purpose and refused, an error names that field.
 * Throws, describing the request, when one is broken.
 */
export function checkAnswer(check: OpenApiCheck, request: FuzzRequest, answer: FuzzAnswer): void {
  const where = `${request.method} ${request.path} → ${answer.status}`
  if (answer.status >= 500)
    throw new Error(`${where}: a 5xx for ${describe(request)}\n${JSON.stringify(answer.body)}`)
  check.assertResponse(request.operationId, answer.status, answer.contentType, answer.body)
  if (answer.status < 400) return
  check.assertProblem(answer.contentType, answer.body)
  if (answer.status !== 400 && answer.status !== 422) return
  const errors = (answer.body as { errors?: { path: string }[] }).errors ?? []
  if (errors.length === 0)
    throw new Error(`${where}: a ${answer.status} without errors[] for ${describe(request)}`)
  // When the body is a valid example broken in exactly one place, and nothing else is wrong, the
  // answer names that place. (Generated query values may break rules between parameters, such as
  // `until` after `since`, so only body mutations of examples are held to this.)
  const bodyMutations = request.mutated.filter((m) => m.in === 'body')
  const named = (e: { path: string }) => bodyMutations.some((m) => related(e.path, m.at))
  const otherMutations = request.mutated.length > bodyMutations.length
  if (request.clean && !otherMutations && bodyMutations.length > 0 && !errors.some(named)) {
    const broke = request.mutated.map((m) => `${m.in} ${m.at}`).join(', ')
    throw new Error(
      `${where}: broke ${broke}, errors name ${errors.map((e) => e.path)} for ${describe(request)}`,
    )
  }
}

function describe(request: FuzzRequest): string {
  const body = typeof request.body === 'string' ? request.body.slice(0, 500) : request.body ? '<binary>' : ''
  return `${request.operationId} headers=${JSON.stringify(request.headers)} body=${body}`
}
