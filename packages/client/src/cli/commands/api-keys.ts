import { paginate } from '../../paginate.js'
import type { ApiKey } from '../../types.js'
import type { Command } from '../command.js'
import { note, printJson, printRecord, printTable } from '../output.js'
import type { Column } from '../table.js'
import { pageOptions, pageParams } from './page-flags.js'

const columns: Column<ApiKey>[] = [
  { header: 'id', value: (k) => k.id, maxWidth: Number.POSITIVE_INFINITY },
  { header: 'name', value: (k) => k.name, maxWidth: 30 },
  { header: 'prefix', value: (k) => k.prefix },
  { header: 'created', value: (k) => k.created_at },
  { header: 'last used', value: (k) => k.last_used_at },
  { header: 'revoked', value: (k) => k.revoked_at },
]

const create: Command = {
  path: ['api-keys', 'create'],
  usage: 'NAME',
  summary: 'Create an API key; prints the key (shown only once)',
  args: ['NAME'],
  options: {},
  async run({ client, args, io, json }) {
    const key = await (await client()).apiKeys.create({ name: args[0]! })
    if (json) return printJson(io, key)
    printRecord(io, key)
    note(io, 'Store the key now: it is not shown again.')
  },
}

const list: Command = {
  path: ['api-keys', 'list'],
  usage: '[--all] [--limit N] [--offset N]',
  summary: "List the account's API keys, revoked ones included",
  args: [],
  options: pageOptions,
  async run({ client, values, io, json }) {
    const api = await client()
    if (values['all'] === true) {
      const all: ApiKey[] = []
      for await (const k of paginate(api.apiKeys.list, pageParams(values))) all.push(k)
      return json ? printJson(io, all) : printTable(io, all, columns)
    }
    const page = await api.apiKeys.list(pageParams(values))
    return json ? printJson(io, page) : printTable(io, page.data, columns)
  },
}

const revoke: Command = {
  path: ['api-keys', 'revoke'],
  usage: 'ID',
  summary: 'Revoke an API key at once',
  args: ['ID'],
  options: {},
  async run({ client, args, io, json }) {
    await (await client()).apiKeys.revoke(args[0]!)
    if (!json) io.stdout.write(`revoked ${args[0]}\n`)
  },
}

/** `voicehooks api-keys …` */
export const apiKeyCommands: readonly Command[] = [create, list, revoke]
