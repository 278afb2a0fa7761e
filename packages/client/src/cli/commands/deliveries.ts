import { paginate } from '../../paginate.js'
import type { Attempt, Delivery, DeliveryStatus } from '../../types.js'
import type { Command } from '../command.js'
import { enumListFlag } from '../flags.js'
import { note, printJson, printRecord, printTable } from '../output.js'
import type { Column } from '../table.js'
import { pageOptions, pageParams } from './page-flags.js'

/** Every delivery status, in lifecycle order. */
export const DELIVERY_STATUSES: readonly DeliveryStatus[] = [
  'pending',
  'processing',
  'delivered',
  'failed',
  'dead',
]

const columns: Column<Delivery>[] = [
  { header: 'id', value: (d) => d.id, maxWidth: Number.POSITIVE_INFINITY },
  { header: 'event type', value: (d) => d.event_type, maxWidth: 30 },
  { header: 'status', value: (d) => d.status },
  { header: 'attempts', value: (d) => `${d.attempt_count}/${d.max_attempts}`, align: 'right' },
  { header: 'code', value: (d) => d.last_status_code, align: 'right' },
  { header: 'last error', value: (d) => d.last_error, maxWidth: 40 },
  { header: 'created', value: (d) => d.created_at },
]

const attemptColumns: Column<Attempt>[] = [
  { header: '#', value: (a) => a.attempt, align: 'right' },
  { header: 'started', value: (a) => a.started_at },
  { header: 'ms', value: (a) => a.duration_ms, align: 'right' },
  { header: 'code', value: (a) => a.status_code, align: 'right' },
  { header: 'error', value: (a) => a.error, maxWidth: 40 },
  { header: 'response', value: (a) => a.response_excerpt, maxWidth: 40 },
]

const list: Command = {
  path: ['deliveries', 'list'],
  usage: 'WEBHOOK_ID [--status pending,processing,delivered,failed,dead] [--all] [--limit N] [--offset N]',
  summary: "List a webhook's deliveries, newest first",
  args: ['WEBHOOK_ID'],
  options: { ...pageOptions, status: { type: 'string' } },
  async run({ client, args, values, io, json }) {
    const api = await client()
    const status = enumListFlag(values, 'status', DELIVERY_STATUSES)
    const params = { ...(status ? { status } : {}), ...pageParams(values) }
    if (values['all'] === true) {
      const all: Delivery[] = []
      for await (const d of paginate((p) => api.deliveries.list(args[0]!, p), params)) all.push(d)
      return json ? printJson(io, all) : printTable(io, all, columns)
    }
    const page = await api.deliveries.list(args[0]!, params)
    if (json) return printJson(io, page)
    printTable(io, page.data, columns)
    if (page.has_more) note(io, `${page.data.length} of ${page.total} shown; --all lists every page`)
  },
}

const get: Command = {
  path: ['deliveries', 'get'],
  usage: 'ID',
  summary: 'Show a delivery with every attempt (--json includes the payload)',
  args: ['ID'],
  options: {},
  async run({ client, args, io, json }) {
    const delivery = await (await client()).deliveries.get(args[0]!)
    if (json) return printJson(io, delivery)
    const { attempts, payload: _payload, ...fields } = delivery
    printRecord(io, fields)
    io.stdout.write('\n')
    printTable(io, attempts, attemptColumns)
  },
}

const retry: Command = {
  path: ['deliveries', 'retry'],
  usage: 'ID',
  summary: 'Queue one more attempt of a finished delivery now',
  args: ['ID'],
  options: {},
  async run({ client, args, io, json }) {
    const delivery = await (await client()).deliveries.retry(args[0]!)
    return json ? printJson(io, delivery) : printRecord(io, delivery)
  },
}

const summary: Command = {
  path: ['deliveries', 'summary'],
  usage: 'WEBHOOK_ID',
  summary: "Count a webhook's deliveries by status",
  args: ['WEBHOOK_ID'],
  options: {},
  async run({ client, args, io, json }) {
    const counts = await (await client()).deliveries.summary(args[0]!)
    return json ? printJson(io, counts) : printRecord(io, counts)
  },
}

/** `voicehooks deliveries …` */
export const deliveryCommands: readonly Command[] = [list, get, retry, summary]
