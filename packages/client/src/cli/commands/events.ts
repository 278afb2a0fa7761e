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
    'TYPE --data FILE|- [--idempotency-key KEY] [--timestamp ISO] [--count N] [--concurrency N]\n' +
    '  or  --file EVENTS.ndjson|- [--concurrency N]   (one {type, data, idempotency_key?, timestamp?} per line, sent 100 per request; every event is checked against the contract first)',
  summary: 'Publish an event, or every event of an NDJSON file, to every subscribed endpoint',
  args: [],
  optionalArgs: ['TYPE'],
  options: {
    data: { type: 'string' },
    file: { type: 'string' },
    'idempotency-key': { type: 'string' },
    timestamp: { type: 'string' },
    count: { type: 'string' },
    concurrency: { type: 'string' },
  },
  async run({ client, args, values, io, json }) {
    const file = stringFlag(values, 'file')
    if (file !== undefined) {
      if (args[0] !== undefined)
        throw new UsageError('give either TYPE --data FILE or --file EVENTS.ndjson, not both')
      for (const flag of ['data', 'idempotency-key', 'timestamp', 'count']) {
        if (values[flag] !== undefined)
          throw new UsageError(`--${flag} does not go with --file (each line says it)`)
      }
      const events = await readEventFile(io, file)
      const concurrency = integerFlag(values, 'concurrency', 1, 16) ?? 2
      const results = await sendBatches(await client(), io, events, concurrency)
      if (json) return printJson(io, results)
      const deliveries = results.reduce((sum, r) => sum + r.deliveries, 0)
      const duplicates = results.filter((r) => r.duplicate).length
      io.stdout.write(
        `sent ${results.length} events from ${file}: ${deliveries} deliveries queued${duplicates ? `, ${duplicates} duplicates` : ''}\n`,
      )
      return
    }
    const type = args[0]
    if (type === undefined) throw new UsageError('missing TYPE (or --file EVENTS.ndjson)')
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

const EVENT_LINE_FIELDS = new Set(['type', 'data', 'idempotency_key', 'timestamp'])

/**
 * Reads an NDJSON file of events (`-` is standard input) and checks every line against the contract
 * before anything is sent; every problem is reported as `FILE:LINE path message`.
 */
async function readEventFile(io: CliIo, path: string): Promise<PublishEvent[]> {
  let text: string
  try {
    text = await io.readText(path === '-' ? '-' : resolve(io.cwd, path))
  } catch (error) {
    throw new UsageError(`cannot read --file ${path}: ${(error as Error).message}`)
  }
  const events: PublishEvent[] = []
  const issues: { path: string; message: string; keyword?: string }[] = []
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return
    const at = `${path}:${index + 1}`
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (error) {
      issues.push({ path: at, message: `is not valid JSON: ${(error as Error).message}` })
      return
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      issues.push({ path: at, message: 'must be an object { type, data }' })
      return
    }
    const event = value as Record<string, unknown>
    for (const key of Object.keys(event)) {
      if (!EVENT_LINE_FIELDS.has(key)) issues.push({ path: `${at} /${key}`, message: 'is not a known field' })
    }
    if (typeof event['type'] !== 'string') {
      issues.push({ path: `${at} /type`, message: 'must be an event type name' })
      return
    }
    try {
      checkEventData(event['type'], event['data'])
    } catch (error) {
      if (!(error instanceof LocalValidationError)) throw error
      if (error.issues.length === 0) issues.push({ path: `${at} /type`, message: error.message })
      for (const issue of error.issues)
        issues.push({ path: `${at} /data${issue.path}`, message: issue.message })
      return
    }
    events.push(event as unknown as PublishEvent)
  })
  if (issues.length > 0) {
    throw new LocalValidationError(
      `${path}: ${issues.length} problem${issues.length === 1 ? '' : 's'}; nothing was sent`,
      issues as never,
    )
  }
  if (events.length === 0) throw new UsageError(`--file ${path} holds no events`)
  return events
}

/** Sends `events` 100 per request, `concurrency` requests at a time, in order, with a progress bar. */
async function sendBatches(
  api: VoicehooksClient,
  io: CliIo,
  events: readonly PublishEvent[],
  concurrency: number,
): Promise<PublishEventResponse[]> {
  const chunks: PublishEvent[][] = []
  for (let i = 0; i < events.length; i += 100) chunks.push(events.slice(i, i + 100))
  const results: PublishEventResponse[][] = new Array(chunks.length)
  const progress = startProgress(io.stderr, 'sending events', events.length)
  let next = 0
  let sent = 0
  let failure: unknown
  const worker = async () => {
    while (failure === undefined && next < chunks.length) {
      const i = next++
      try {
        results[i] = await api.events.sendBatch(chunks[i]!)
        sent += chunks[i]!.length
        progress.tick(chunks[i]!.length)
      } catch (error) {
        failure ??= error
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, chunks.length) }, worker))
  progress.finish()
  if (failure !== undefined) {
    note(
      io,
      `sent ${sent} of ${events.length} events before the failure (each batch of 100 is all or nothing)`,
    )
    throw failure
  }
  return results.flat()
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
