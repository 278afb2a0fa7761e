import { validateCallStatusCallback } from '@voicehooks/contracts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { availableEngines, startTestSender, type TestSender } from './harness.js'

const engines = await availableEngines()

interface Problem {
  status: number
  errors?: { path: string; message: string }[]
}
interface Call {
  id: string
  status: string
  call_duration: number | null
  transcript: string | null
  analysis: unknown
}
interface Callback {
  id: string
  payload: { data: Record<string, unknown> }
}

const registration = {
  callback_url: 'http://127.0.0.1:9/callback',
  callback_args: { headers: { 'X-API-Key': 'sk_test' }, params: { source: 'api' } },
  custom_args_values: { callee_name: 'John' },
  agent_id: '830f767a-397e-4b39-82ff-235cd344e2f9',
  from_number: '+19875550123',
  to_number: '+12345550199',
}

describe.each(engines)('calls and their callbacks (%s)', (engine) => {
  let t: TestSender
  let alice: Awaited<ReturnType<TestSender['account']>>
  let bob: Awaited<ReturnType<TestSender['account']>>

  beforeAll(async () => {
    t = await startTestSender(engine, 'calls', { retrySchedule: [100, 200, 300] })
    alice = await t.account('Alice')
    bob = await t.account('Bob')
  }, 180_000)
  afterAll(() => t?.stop())

  /** The callback deliveries of a call, oldest first, each payload checked against the contract. */
  const callbacks = async (callId: string) => {
    const { rows } = await t.sender.db.query<{
      kind: string
      status: string
      max_attempts: number
      payload: { data: Record<string, unknown> }
      webhook_id: string | null
      event_id: string | null
    }>(
      `SELECT kind, status, max_attempts, payload, webhook_id, event_id FROM deliveries
       WHERE call_id = $1 ORDER BY created_at, id`,
      [callId],
    )
    for (const row of rows) {
      const checked = validateCallStatusCallback(row.payload)
      expect(checked.ok ? [] : checked.errors).toEqual([])
      expect(row).toMatchObject({
        kind: 'callback',
        status: 'pending',
        max_attempts: 4,
        webhook_id: null,
        event_id: null,
      })
    }
    return rows.map((r) => r.payload)
  }

  it('registers a call and queues its registered callback', async () => {
    const created = await alice.post<Call & Record<string, unknown>>('/v1/calls', registration)
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({
      status: 'registered',
      direction: 'outbound',
      custom_args_values: { callee_name: 'John' },
      call_duration: null,
      retry: 0,
      analysis: null,
    })
    expect(created.body).not.toHaveProperty('callback_args')
    const payloads = await callbacks(created.body.id)
    expect(payloads).toEqual([
      {
        status: 'success',
        message: 'Call Details',
        data: expect.objectContaining({
          call_id: created.body.id,
          status: 'registered',
          call_direction: 'outbound',
        }),
      },
    ])
    const stored = await t.sender.db.query<{ callback_args: unknown }>(
      'SELECT callback_args FROM calls WHERE id = $1',
      [created.body.id],
    )
    expect(stored.rows[0]!.callback_args).toEqual(registration.callback_args)
  })

  it('reports status changes, each with a callback carrying what is known', async () => {
    const call = (await alice.post<Call>('/v1/calls', registration)).body
    const ongoing = await alice.post<Call>(`/v1/calls/${call.id}/status`, { status: 'ongoing' })
    expect(ongoing.status).toBe(202)
    expect(ongoing.body.status).toBe('ongoing')
    const done = await alice.post<Call>(`/v1/calls/${call.id}/status`, {
      status: 'completed',
      call_duration: 121,
      recording_url: 'https://media.example.com/rec.mp3',
      transcript: 'Hello...',
    })
    expect(done.body).toMatchObject({ status: 'completed', call_duration: 121, transcript: 'Hello...' })
    const analysis = { summary: 'Booked', sentiment: 'positive', extracted_data: { day: 'Friday' } }
    const analysed = await alice.post<Call>(`/v1/calls/${call.id}/status`, { status: 'completed', analysis })
    expect(analysed.status).toBe(202)
    expect(analysed.body).toMatchObject({ analysis, call_duration: 121 })

    const payloads = await callbacks(call.id)
    expect(payloads.map((p) => p.data['status'])).toEqual(['registered', 'ongoing', 'completed', 'completed'])
    expect(payloads[2]!.data).toMatchObject({
      call_duration: 121,
      recording_url: 'https://media.example.com/rec.mp3',
    })
    expect(payloads[2]!.data).not.toHaveProperty('analysis')
    expect(payloads[3]!.data).toMatchObject({ analysis, transcript: 'Hello...' })

    const got = await alice.get<Call>(`/v1/calls/${call.id}`)
    expect(got.body).toMatchObject({ status: 'completed', analysis })
  })

  it('refuses moves the lifecycle does not allow', async () => {
    const call = (await alice.post<Call>('/v1/calls', registration)).body
    expect((await alice.post<Problem>(`/v1/calls/${call.id}/status`, { status: 'registered' })).status).toBe(
      409,
    )
    expect((await alice.post(`/v1/calls/${call.id}/status`, { status: 'failed' })).status).toBe(202)
    expect((await alice.post<Problem>(`/v1/calls/${call.id}/status`, { status: 'ongoing' })).status).toBe(409)
    expect((await alice.post<Problem>(`/v1/calls/${call.id}/status`, { status: 'completed' })).status).toBe(
      409,
    )
    expect(await callbacks(call.id)).toHaveLength(2)
  })

  it('names every invalid registration and report field', async () => {
    const bad = await alice.post<Problem>('/v1/calls', {
      ...registration,
      agent_id: 'agent-1',
      from_number: '555-0123',
      callback_args: { headers: { 'X-Key': 5 }, cookies: {} },
      direction: 'sideways',
    })
    expect(bad.status).toBe(400)
    expect(bad.body.errors?.map((e) => e.path).sort()).toEqual([
      '/agent_id',
      '/callback_args/cookies',
      '/callback_args/headers/X-Key',
      '/direction',
      '/from_number',
    ])
    const privateUrl = await alice.post<Problem>('/v1/calls', {
      ...registration,
      callback_url: 'http://10.0.0.8/cb',
    })
    expect(privateUrl.status).toBe(422)
    expect(privateUrl.body.errors?.map((e) => e.path)).toEqual(['/callback_url'])

    const call = (await alice.post<Call>('/v1/calls', registration)).body
    const report = await alice.post<Problem>(`/v1/calls/${call.id}/status`, {
      status: 'done',
      call_duration: -1,
      analysis: { summary: 'x' },
    })
    expect(report.status).toBe(400)
    expect(report.body.errors?.map((e) => e.path).sort()).toEqual([
      '/analysis/extracted_data',
      '/analysis/sentiment',
      '/call_duration',
      '/status',
    ])
    expect(await callbacks(call.id)).toHaveLength(1)
  })

  it("lists a call's callback deliveries, newest first, with payloads and attempts", async () => {
    const call = (await alice.post<Call>('/v1/calls', registration)).body
    await alice.post(`/v1/calls/${call.id}/status`, { status: 'ongoing' })
    await alice.post(`/v1/calls/${call.id}/status`, { status: 'completed', call_duration: 30 })
    // Workers are off here: record a failed first attempt of the registered callback as a worker would.
    const registered = await t.sender.db.query<{ id: string }>(
      `SELECT id FROM deliveries WHERE call_id = $1 AND payload->'data'->>'status' = 'registered'`,
      [call.id],
    )
    const registeredId = registered.rows[0]!.id
    await t.sender.db.query(
      `INSERT INTO attempts (delivery_id, attempt, started_at, duration_ms, status_code, error, response_excerpt)
       VALUES ($1, 1, now(), 12, 503, 'HTTP 503: Service Unavailable', 'try later')`,
      [registeredId],
    )
    await t.sender.db.query(
      `UPDATE deliveries SET attempt_count = 1, last_status_code = 503, last_error = 'HTTP 503: Service Unavailable'
       WHERE id = $1`,
      [registeredId],
    )

    const list = await alice.get<{ data: Callback[]; total: number; has_more: boolean }>(
      `/v1/calls/${call.id}/callbacks`,
    )
    expect(list.status).toBe(200)
    expect(list.body).toMatchObject({ total: 3, has_more: false })
    expect(list.body.data.map((c) => c.payload.data['status'])).toEqual([
      'completed',
      'ongoing',
      'registered',
    ])
    expect(list.body.data[0]!).toMatchObject({
      call_id: call.id,
      status: 'pending',
      attempt_count: 0,
      max_attempts: 4,
      next_attempt_at: expect.any(String),
      last_status_code: null,
      delivered_at: null,
      attempts: [],
    })
    expect(list.body.data[0]!.payload.data).toMatchObject({ call_id: call.id, call_duration: 30 })
    expect(list.body.data[2]!).toMatchObject({
      id: registeredId,
      attempt_count: 1,
      last_status_code: 503,
      last_error: 'HTTP 503: Service Unavailable',
      attempts: [
        {
          attempt: 1,
          duration_ms: 12,
          status_code: 503,
          error: 'HTTP 503: Service Unavailable',
          response_excerpt: 'try later',
          started_at: expect.any(String),
        },
      ],
    })

    const second = await alice.get<{ data: Callback[]; has_more: boolean }>(
      `/v1/calls/${call.id}/callbacks?offset=1&limit=1`,
    )
    expect(second.body.has_more).toBe(true)
    expect(second.body.data.map((c) => c.payload.data['status'])).toEqual(['ongoing'])
    const bad = await alice.get<Problem>(`/v1/calls/${call.id}/callbacks?limit=0`)
    expect(bad.status).toBe(400)
    expect(bad.body.errors?.map((e) => e.path)).toEqual(['limit'])

    expect((await bob.get<Problem>(`/v1/calls/${call.id}/callbacks`)).status).toBe(404)
    expect(
      (await alice.get<Problem>('/v1/calls/550e8400-e29b-41d4-a716-446655440000/callbacks')).status,
    ).toBe(404)
  })

  it("answers 404 for unknown calls and another account's calls", async () => {
    const call = (await alice.post<Call>('/v1/calls', registration)).body
    expect((await bob.get<Problem>(`/v1/calls/${call.id}`)).status).toBe(404)
    expect((await bob.post<Problem>(`/v1/calls/${call.id}/status`, { status: 'ongoing' })).status).toBe(404)
    expect((await alice.get<Problem>('/v1/calls/not-a-uuid')).status).toBe(404)
    expect((await alice.get<Problem>('/v1/calls/550e8400-e29b-41d4-a716-446655440000')).status).toBe(404)
    expect((await alice.get<Call>(`/v1/calls/${call.id}`)).body.status).toBe('registered')
  })
})
