import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createTestDatabase } from '@voicehooks/testkit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../src/store/database.js'
import { testEngines } from './databases.js'
import { deliver, exampleEvent, SECRET, signEvent, waitFor } from './deliveries.js'
import { type ReceiverProcess, spawnReceiver } from './spawn-receiver.js'

const engines = await testEngines()
const EVENTS = 8

async function listening(receiver: ReceiverProcess): Promise<string> {
  return waitFor(
    async () => {
      if (receiver.child.exitCode !== null) throw new Error(`receiver exited: ${receiver.output().stderr}`)
      return /listening on (http:\/\/\S+):/.exec(receiver.output().stdout)?.[1]
    },
    'the listening line',
    30_000,
  )
}

describe.each(engines)('the reference receiver restarted on the data it left (%s)', (engine) => {
  let store: { DATABASE_URL: string } | { RECEIVER_DATA_DIR: string }
  const cleanups: (() => Promise<unknown> | unknown)[] = []
  beforeAll(async () => {
    if (engine === 'postgres') {
      const database = await createTestDatabase('receiver_restart')
      cleanups.push(database.drop)
      store = { DATABASE_URL: database.url }
    } else {
      const dir = await mkdtemp(join(tmpdir(), 'vh-receiver-restart-'))
      cleanups.push(() => rm(dir, { recursive: true, force: true }))
      // A data folder whose parents do not exist yet, as `.data/receiver` on a fresh clone.
      store = { RECEIVER_DATA_DIR: join(dir, 'deep', 'receiver') }
    }
  })
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup()
  })

  it.each(['SIGTERM', 'SIGKILL'] as const)(
    'keeps every received event across %s and processes what the last run left unprocessed',
    async (signal) => {
      const env = { PORT: '0', WEBHOOK_SECRET: SECRET, ...store }
      const first = spawnReceiver(env)
      cleanups.push(() => first.child.kill('SIGKILL'))
      const url = await listening(first)
      const events = Array.from({ length: EVENTS }, () => exampleEvent('call.completed'))
      for (const event of events) expect((await deliver(url, signEvent(event))).status).toBe(200)
      first.child.kill(signal)
      expect(await first.exited).toBe(signal === 'SIGTERM' ? 0 : 'SIGKILL')

      // A crash between the acknowledgement and the processing leaves a `received` row behind.
      const interrupted = exampleEvent('call.failed')
      const db = await openDatabase({
        databaseUrl: 'DATABASE_URL' in store ? store.DATABASE_URL : undefined,
        dataDir: 'RECEIVER_DATA_DIR' in store ? store.RECEIVER_DATA_DIR : undefined,
      })
      await db.query(
        `INSERT INTO received_events (id, type, status, body, headers) VALUES ($1, $2, 'received', $3::jsonb, '{}')`,
        [interrupted.id, interrupted.type, JSON.stringify(interrupted)],
      )
      await db.close()

      const second = spawnReceiver(env)
      cleanups.push(() => second.child.kill('SIGKILL'))
      const again = await listening(second)
      const stored = await waitFor(
        async () => {
          const list = (await (await fetch(`${again}/events?limit=100`)).json()) as {
            data: { id: string; status: string }[]
          }
          const status = new Map(list.data.map((e) => [e.id, e.status]))
          return status.get(interrupted.id) === 'processed' ? status : undefined
        },
        'the interrupted event processed after the restart',
        15_000,
      )
      for (const event of events) expect(stored.get(event.id), event.id).toBe('processed')
      // A redelivery of an event stored before the restart is a duplicate, not a second copy.
      const duplicate = await deliver(again, signEvent(events[0]!))
      expect(duplicate.status).toBe(200)
      expect(duplicate.body).toMatchObject({ status: 'duplicate' })
      second.child.kill('SIGTERM')
      expect(await second.exited).toBe(0)
    },
    90_000,
  )
})
