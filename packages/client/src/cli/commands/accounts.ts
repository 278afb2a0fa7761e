import { ConfigError } from '../cli-errors.js'
import type { Command } from '../command.js'
import { requiredFlag, stringFlag } from '../flags.js'
import { note, printJson, printRecord } from '../output.js'

const create: Command = {
  path: ['accounts', 'create'],
  usage: '--name NAME --email EMAIL [--operator-token TOKEN]   (or env VOICEHOOKS_OPERATOR_TOKEN)',
  summary: 'Create an account and its first API key (operator only)',
  args: [],
  options: { name: { type: 'string' }, email: { type: 'string' }, 'operator-token': { type: 'string' } },
  async run({ client, values, io, json }) {
    const name = requiredFlag(values, 'name', 'NAME')
    const email = requiredFlag(values, 'email', 'EMAIL')
    const operatorToken = stringFlag(values, 'operator-token') || io.env['VOICEHOOKS_OPERATOR_TOKEN']
    if (!operatorToken)
      throw new ConfigError('no operator token: pass --operator-token or set VOICEHOOKS_OPERATOR_TOKEN')
    const created = await (await client({ apiKeyRequired: false })).accounts.create(
      { name, email },
      { operatorToken },
    )
    if (json) return printJson(io, created)
    printRecord(io, {
      account_id: created.account.id,
      name: created.account.name,
      email: created.account.email,
      api_key: created.api_key.key,
    })
    note(io, 'Store the API key now: it is not shown again.')
  },
}

/** `voicehooks accounts …` */
export const accountCommands: readonly Command[] = [create]
