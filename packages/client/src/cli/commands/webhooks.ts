import { paginate } from '../../paginate.js'
import type { SignatureScheme, Webhook, WebhookCreate, WebhookUpdate } from '../../types.js'
import { UsageError } from '../cli-errors.js'
import type { Command } from '../command.js'
import type { FlagValues } from '../flags.js'
import {
  booleanValueFlag,
  enumFlag,
  headerFlags,
  integerFlag,
  listFlag,
  nullableFlag,
  requiredFlag,
  stringFlag,
} from '../flags.js'
import { note, printJson, printRecord, printTable } from '../output.js'
import type { Column } from '../table.js'
import { pageOptions, pageParams } from './page-flags.js'

const SCHEMES: readonly SignatureScheme[] = ['standard', 'hmac-sha256-hex', 't-v1', 'body-hex']

const columns: Column<Webhook>[] = [
  { header: 'id', value: (w) => w.id, maxWidth: Number.POSITIVE_INFINITY },
  { header: 'url', value: (w) => w.url, maxWidth: 50 },
  { header: 'events', value: (w) => w.events ?? 'all', maxWidth: 40 },
  { header: 'active', value: (w) => w.active },
  { header: 'scheme', value: (w) => w.signature_scheme },
  { header: 'agent', value: (w) => w.agent_id, maxWidth: 20 },
  { header: 'created', value: (w) => w.created_at },
]

/** A webhook for the record view: `events: null` means every event type, so say so. */
const shown = <W extends Webhook>(webhook: W) => ({ ...webhook, events: webhook.events ?? 'all' })

/** `--events all` (or `*`) subscribes to every event type (`null`). */
function eventsFlag(values: FlagValues): string[] | null | undefined {
  const events = listFlag(values, 'events')
  if (!events) return undefined
  return events.length === 1 && (events[0] === 'all' || events[0] === '*') ? null : events
}

const editOptions = {
  url: { type: 'string' },
  events: { type: 'string' },
  description: { type: 'string' },
  'agent-id': { type: 'string' },
  scheme: { type: 'string' },
  'alert-email': { type: 'string' },
  header: { type: 'string', multiple: true },
  'max-attempts': { type: 'string' },
  'rate-limit': { type: 'string' },
} as const

/** The fields both create and update take from flags; `''` clears a nullable field. */
function editFields(values: FlagValues): WebhookUpdate {
  const fields: WebhookUpdate = {}
  const url = stringFlag(values, 'url')
  if (url !== undefined) fields.url = url
  const events = eventsFlag(values)
  if (events !== undefined) fields.events = events
  const description = nullableFlag(values, 'description')
  if (description !== undefined) fields.description = description
  const agentId = nullableFlag(values, 'agent-id')
  if (agentId !== undefined) fields.agent_id = agentId
  const scheme = enumFlag(values, 'scheme', SCHEMES)
  if (scheme !== undefined) fields.signature_scheme = scheme
  const alertEmail = nullableFlag(values, 'alert-email')
  if (alertEmail !== undefined) fields.alert_email = alertEmail
  const headers = headerFlags(values, 'header')
  if (headers !== undefined) fields.headers = headers
  const maxAttempts = integerFlag(values, 'max-attempts', 1, 20)
  if (maxAttempts !== undefined) fields.max_attempts = maxAttempts
  const rateLimit = integerFlag(values, 'rate-limit', 1, 10_000)
  if (rateLimit !== undefined) fields.rate_limit_per_second = rateLimit
  return fields
}

const create: Command = {
  path: ['webhooks', 'create'],
  usage:
    '--url URL [--events a,b|all] [--description TEXT] [--agent-id ID] [--scheme standard|hmac-sha256-hex|t-v1|body-hex] [--alert-email EMAIL] [--header "Name: value"]… [--max-attempts N] [--rate-limit N] [--inactive]',
  summary: 'Register a webhook endpoint; prints its signing secret (shown only once)',
  args: [],
  options: { ...editOptions, inactive: { type: 'boolean' } },
  async run({ client, values, io, json }) {
    const body: WebhookCreate = { ...editFields(values), url: requiredFlag(values, 'url', 'URL') }
    if (values['inactive'] === true) body.active = false
    const webhook = await (await client()).webhooks.create(body)
    if (json) return printJson(io, webhook)
    printRecord(io, shown(webhook))
    note(io, 'Store the secret now: it is not shown again.')
  },
}

const list: Command = {
  path: ['webhooks', 'list'],
  usage: '[--all] [--include-inactive] [--agent-id ID] [--limit N] [--offset N]',
  summary: 'List webhook endpoints (one page, or every page with --all)',
  args: [],
  options: { ...pageOptions, 'include-inactive': { type: 'boolean' }, 'agent-id': { type: 'string' } },
  async run({ client, values, io, json }) {
    const api = await client()
    const filters = {
      ...(values['include-inactive'] === true ? { include_inactive: true } : {}),
      ...(stringFlag(values, 'agent-id') ? { agent_id: stringFlag(values, 'agent-id') } : {}),
    }
    if (values['all'] === true) {
      const all: Webhook[] = []
      for await (const webhook of paginate(api.webhooks.list, { ...filters, ...pageParams(values) }))
        all.push(webhook)
      return json ? printJson(io, all) : printTable(io, all, columns)
    }
    const page = await api.webhooks.list({ ...filters, ...pageParams(values) })
    if (json) return printJson(io, page)
    printTable(io, page.data, columns)
    if (page.has_more) note(io, `${page.data.length} of ${page.total} shown; --all lists every page`)
  },
}

const get: Command = {
  path: ['webhooks', 'get'],
  usage: 'ID',
  summary: 'Show one webhook endpoint',
  args: ['ID'],
  options: {},
  async run({ client, args, io, json }) {
    const webhook = await (await client()).webhooks.get(args[0]!)
    return json ? printJson(io, webhook) : printRecord(io, shown(webhook))
  },
}

const update: Command = {
  path: ['webhooks', 'update'],
  usage:
    'ID [--url URL] [--events a,b|all] [--active true|false] [--description TEXT] [--agent-id ID] [--scheme S] [--alert-email EMAIL] [--header "Name: value"]… [--max-attempts N] [--rate-limit N]   ("" clears a field)',
  summary: 'Change a webhook endpoint (--active false pauses it)',
  args: ['ID'],
  options: { ...editOptions, active: { type: 'string' } },
  async run({ client, args, values, io, json }) {
    const body = editFields(values)
    const active = booleanValueFlag(values, 'active')
    if (active !== undefined) body.active = active
    if (Object.keys(body).length === 0) {
      throw new UsageError('nothing to update: give at least one of --url, --events, --active, …')
    }
    const webhook = await (await client()).webhooks.update(args[0]!, body)
    return json ? printJson(io, webhook) : printRecord(io, shown(webhook))
  },
}

const remove: Command = {
  path: ['webhooks', 'delete'],
  usage: 'ID',
  summary: 'Delete a webhook endpoint; its pending deliveries become dead',
  args: ['ID'],
  options: {},
  async run({ client, args, io, json }) {
    await (await client()).webhooks.delete(args[0]!)
    if (!json) io.stdout.write(`deleted ${args[0]}\n`)
  },
}

const rotate: Command = {
  path: ['webhooks', 'rotate-secret'],
  usage: 'ID [--grace SECONDS]   (default 86400; 0 retires the old secret at once)',
  summary: 'Rotate the signing secret; both secrets sign during the grace period',
  args: ['ID'],
  options: { grace: { type: 'string' } },
  async run({ client, args, values, io, json }) {
    const grace = integerFlag(values, 'grace', 0, 604_800)
    const result = await (await client()).webhooks.rotateSecret(
      args[0]!,
      grace === undefined ? {} : { grace_period_seconds: grace },
    )
    if (json) return printJson(io, result)
    printRecord(io, {
      id: result.id,
      secret: result.secret,
      previous_secret_expires_at: result.previous_secret_expires_at,
    })
    note(io, 'Store the new secret now: it is not shown again.')
  },
}

const test: Command = {
  path: ['webhooks', 'test'],
  usage: 'ID [--type EVENT_TYPE]   (default test.ping)',
  summary: 'Send the catalog example of an event type to this endpoint only',
  args: ['ID'],
  options: { type: { type: 'string' } },
  async run({ client, args, values, io, json }) {
    const type = stringFlag(values, 'type')
    const result = await (await client()).webhooks.test(args[0]!, type ? { type } : {})
    if (json) return printJson(io, result)
    printRecord(io, result)
    note(io, `Follow it with: voicehooks deliveries get ${result.delivery_id}`)
  },
}

/** `voicehooks webhooks …` */
export const webhookCommands: readonly Command[] = [create, list, get, update, remove, rotate, test]
