import { resolve } from 'node:path'
import { type EventType, validateData } from '@voicehooks/contracts'
import type { PublishEvent, VoicehooksClient } from '../../client.js'
import { paginate } from '../../paginate.js'
import type { EventTypeInfo, PublishEventResponse } from '../../types.js'
import { LocalValidationError, UsageError } from '../cli-errors.js'
import type { Command } from '../command.js'
import { integerFlag, requiredFlag, stringFlag, timeFlag } from '../flags.js'
import type { CliIo } from '../io.js'
import { note, printJson, printRecord, printTable } from '../output.js'
import { startProgress } from '../progress.js'
import type { Column } from '../table.js'

/** Reads and parses the `--data` file (`-` is standard input). */
async function readData(io: CliIo, path: string): Promise<unknown> {
  let text: string
  try {
    text = await io.readText(path === '-' ? '-' : resolve(io.cwd, path))
  } catch (error) {
    throw new UsageError(`cannot read --data ${path}: ${(error as Error).message}`)
  }
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new LocalValidationError(`--data ${path} is not valid JSON: ${(error as Error).message}`)
  }
}

/** Checks `data` against the contract of `type` before anything is sent. */
export function checkEventData(type: string, data: unknown): void {
  const result = validateData(type as EventType, data)
  if (result.ok) return
  if (result.reason === 'unknown_type') {
    throw new LocalValidationError(`unknown event type "${type}"; "voicehooks events types" lists them`)
  }
  const n = result.errors.length
  throw new LocalValidationError(
    `data for ${type} does not match the contract (${n} problem${n === 1 ? '' : 's'})`,
    result.errors,
  )
}

/** Sends `count` events, `concurrency` at a time, stopping at the first failure. */
async function sendMany(
  api: VoicehooksClient,
  io: CliIo,
  event: PublishEvent,
  count: number,
  concurrency: number,
): Promise<PublishEventResponse[]> {
  const results: PublishEventResponse[] = new Array(count)
  const progress = startProgress(io.stderr, `sending ${event.type}`, count)
  let next = 0
  let sent = 0
  let failure: unknown
  const worker = async () => {
    while (failure === undefined && next < count) {
      const i = next++
      const key = event.idempotency_key
      try {
        results[i] = await api.events.send({
          ...event,
          ...(key ? { idempotency_key: `${key}-${i + 1}` } : {}),
        })
        sent++
        progress.tick()
      } catch (error) {
        failure ??= error
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker))
  progress.finish()
  if (failure !== undefined) {
    note(io, `sent ${sent} of ${count} events before the failure`)
    throw failure
  }
  return results
}

const send: Command = {
  path: ['events', 'send'],
  usage:
    'TYPE --data FILE|- [--idempotency-key KEY] [--timestamp ISO] [--count N] [--concurrency N]   (data is checked against the contract first)',
  summary: 'Publish an event to every subscribed endpoint',
  args: ['TYPE'],
  options: {
    data: { type: 'string' },
    'idempotency-key': { type: 'string' },
    timestamp: { type: 'string' },
    count: { type: 'string' },
    concurrency: { type: 'string' },
  },
  async run({ client, args, values, io, json }) {
    const type = args[0]!
    const data = await readData(io, requiredFlag(values, 'data', 'FILE'))
    const count = integerFlag(values, 'count', 1, 1_000_000) ?? 1
    const concurrency = integerFlag(values, 'concurrency', 1, 64) ?? 4
    const key = stringFlag(values, 'idempotency-key')
    const timestamp = timeFlag(values, 'timestamp')
    checkEventData(type, data)
    const event = {
      type,
      data,
      ...(key ? { idempotency_key: key } : {}),
      ...(timestamp ? { timestamp } : {}),
    } as PublishEvent
    const api = await client()
    if (count === 1) {
      const result = await api.events.send(event)
      return json ? printJson(io, result) : printRecord(io, result)
    }
    const results = await sendMany(api, io, event, count, concurrency)
    if (json) return printJson(io, results)
    const deliveries = results.reduce((sum, r) => sum + r.deliveries, 0)
    const duplicates = results.filter((r) => r.duplicate).length
    io.stdout.write(
      `sent ${count} ${type} events: ${deliveries} deliveries queued${duplicates ? `, ${duplicates} duplicates` : ''}\n`,
    )
  },
}

const typeColumns: Column<EventTypeInfo>[] = [
  { header: 'name', value: (t) => t.name, maxWidth: Number.POSITIVE_INFINITY },
  { header: 'reserved', value: (t) => t.reserved },
  { header: 'summary', value: (t) => t.summary, maxWidth: 70 },
]

const types: Command = {
  path: ['events', 'types'],
  usage: '',
  summary: 'List the event catalog',
  args: [],
  options: {},
  async run({ client, io, json }) {
    const api = await client()
    const all: EventTypeInfo[] = []
    for await (const t of paginate(api.events.types)) all.push(t)
    return json ? printJson(io, all) : printTable(io, all, typeColumns)
  },
}

/** `voicehooks events …` */
export const eventCommands: readonly Command[] = [send, types]
