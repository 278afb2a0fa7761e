import type { VoicehooksClient } from '../../client.js'
import type { DeliverySummary, ReplayRequest } from '../../types.js'
import { UsageError } from '../cli-errors.js'
import type { Command } from '../command.js'
import { enumListFlag, integerFlag, timeFlag } from '../flags.js'
import type { CliIo } from '../io.js'
import { printJson, printRecord } from '../output.js'
import { startProgress } from '../progress.js'

const REPLAYABLE = ['delivered', 'failed', 'dead'] as const

/**
 * Follows replayed deliveries until none of the webhook's deliveries is pending or processing.
 * The summary counts the whole webhook, so concurrent traffic makes the bar approximate; a
 * replayed delivery gets exactly one more attempt, so the wait ends.
 */
async function watch(
  api: VoicehooksClient,
  io: CliIo,
  webhookId: string,
  replayed: number,
  timeoutMs: number,
  pollMs: number,
): Promise<{ summary: DeliverySummary; settled: boolean }> {
  const progress = startProgress(io.stderr, 'replaying', replayed)
  const deadline = Date.now() + timeoutMs
  try {
    for (;;) {
      const summary = await api.deliveries.summary(webhookId)
      const inFlight = summary.pending + summary.processing
      progress.update(replayed - Math.min(replayed, inFlight))
      if (inFlight === 0) return { summary, settled: true }
      if (Date.now() >= deadline) return { summary, settled: false }
      await new Promise((r) => setTimeout(r, pollMs))
    }
  } finally {
    progress.finish()
  }
}

const replay: Command = {
  path: ['replay'],
  usage:
    'WEBHOOK_ID --since ISO|DURATION [--until ISO|DURATION] [--status failed,dead] [--wait] [--no-wait] [--timeout SECONDS]',
  summary: 'Queue again the deliveries of a webhook since a time (default statuses failed,dead)',
  args: ['WEBHOOK_ID'],
  options: {
    since: { type: 'string' },
    until: { type: 'string' },
    status: { type: 'string' },
    wait: { type: 'boolean' },
    'no-wait': { type: 'boolean' },
    timeout: { type: 'string' },
  },
  async run({ client, args, values, io, json }) {
    const since = timeFlag(values, 'since')
    if (!since) throw new UsageError('--since ISO|DURATION is required (e.g. 2026-04-01T00:00:00Z or 2h)')
    const until = timeFlag(values, 'until')
    const status = enumListFlag(values, 'status', REPLAYABLE)
    const timeoutSeconds = integerFlag(values, 'timeout', 1, 86_400) ?? 120
    const body: ReplayRequest = { since, ...(until ? { until } : {}), ...(status ? { status } : {}) }
    const api = await client()
    const webhookId = args[0]!
    const result = await api.webhooks.replay(webhookId, body)
    // A terminal gets a progress bar by default; scripts opt in with --wait (and get the final counts).
    const follow = values['no-wait'] !== true && (values['wait'] === true || io.stderr.isTTY === true)
    const pollMs = Number(io.env['VOICEHOOKS_POLL_MS'] ?? '') || 500
    const watched =
      follow && result.replayed > 0
        ? await watch(api, io, webhookId, result.replayed, timeoutSeconds * 1000, pollMs)
        : undefined
    if (json) return printJson(io, result)
    io.stdout.write(
      `queued ${result.replayed} deliver${result.replayed === 1 ? 'y' : 'ies'} of ${webhookId} again\n`,
    )
    if (watched) {
      if (!watched.settled)
        io.stderr.write(`still in flight after ${timeoutSeconds} s; the sender keeps going\n`)
      printRecord(io, watched.summary)
    }
  },
}

/** `voicehooks replay …` */
export const replayCommands: readonly Command[] = [replay]
