import { CLIENT_VERSION } from '../version.js'
import type { Command } from './command.js'
import { DEFAULT_API_URL } from './config.js'

const name = (command: Command) => command.path.join(' ')

function commandList(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => name(c).length))
  return commands.map((c) => `  ${name(c).padEnd(width)}  ${c.summary}`).join('\n')
}

/** The one-line usage of a command. */
export function usageLine(command: Command): string {
  return `voicehooks ${name(command)}${command.usage ? ` ${command.usage}` : ''}`
}

export const GLOBAL_FLAGS_HELP = `Global flags:
  --api-url URL    API base URL (env VOICEHOOKS_API_URL; default ${DEFAULT_API_URL})
  --api-key KEY    account API key, vhk_… (env VOICEHOOKS_API_KEY)
  --config FILE    JSON config file {"apiUrl": "…", "apiKey": "…"}; default ./.voicehooks.json,
                   then ~/.config/voicehooks/config.json. Flags win over the environment, which wins over files.
  --json           print the API's JSON exactly (lists with --all: a JSON array of every item)
  -h, --help       show help; after a command, that command's help
  --version        print the version`

export const EXIT_CODES_HELP = `Exit codes:
  0  success
  1  API error: the API answered 4xx/5xx (the problem is printed on stderr)
  2  usage error: unknown command or flag, missing or malformed argument
  3  local validation error: input refused before any request (e.g. event data breaks the contract)
  4  network or configuration error: API unreachable, no API key, unreadable config file`

/** `voicehooks --help`. */
export function mainHelp(commands: readonly Command[]): string {
  return `voicehooks ${CLIENT_VERSION} — manage Voicehooks webhooks, events and deliveries

Usage: voicehooks <command> [arguments] [flags]

Commands:
${commandList(commands)}

${GLOBAL_FLAGS_HELP}

${EXIT_CODES_HELP}

Examples:
  voicehooks webhooks create --url https://example.com/hooks --events call.completed,call.failed
  voicehooks events send call.completed --data call.json --idempotency-key call-42
  voicehooks deliveries list wh_01KERKS8Z07QRDTVMD9F99CQBK --status failed --all
  voicehooks replay wh_01KERKS8Z07QRDTVMD9F99CQBK --since 2h
`
}

/** `voicehooks webhooks --help`. */
export function groupHelp(group: string, commands: readonly Command[]): string {
  const members = commands.filter((c) => c.path[0] === group)
  return `Usage: voicehooks ${group} <command> [arguments] [flags]

Commands:
${commandList(members)}

Run "voicehooks ${group} <command> --help" for a command's flags.
`
}

/** `voicehooks webhooks create --help`. */
export function commandHelp(command: Command): string {
  return `Usage: ${usageLine(command)}

${command.summary}.

${GLOBAL_FLAGS_HELP}

${EXIT_CODES_HELP}
`
}
