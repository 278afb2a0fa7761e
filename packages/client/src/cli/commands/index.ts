import type { Command } from '../command.js'
import { accountCommands } from './accounts.js'
import { apiKeyCommands } from './api-keys.js'
import { deliveryCommands } from './deliveries.js'
import { eventCommands } from './events.js'
import { replayCommands } from './replay.js'
import { webhookCommands } from './webhooks.js'

/** Every command, in the order `voicehooks --help` lists them. */
export const commands: readonly Command[] = [
  ...webhookCommands,
  ...eventCommands,
  ...deliveryCommands,
  ...replayCommands,
  ...apiKeyCommands,
  ...accountCommands,
]
