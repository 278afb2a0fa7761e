import { constants } from 'node:fs'
import { access, mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { parseArgs } from 'node:util'
import { isSignatureScheme, SIGNATURE_SCHEMES } from '@voicehooks/signing'
import { formatTable } from '../format-table.js'
import { toJUnit } from '../junit.js'
import { runConformance } from '../run-conformance.js'
import type { Output } from './output.js'
import { UsageError } from './usage.js'

/** `voicehooks-conformance test …`; resolves with the exit status. */
export async function testCommand(args: string[], output: Output, env: NodeJS.ProcessEnv): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      url: { type: 'string' },
      secret: { type: 'string' },
      scheme: { type: 'string' },
      prefix: { type: 'string' },
      deadline: { type: 'string' },
      junit: { type: 'string' },
      only: { type: 'string', multiple: true },
      'webhook-id': { type: 'string' },
      json: { type: 'boolean' },
    },
    allowPositionals: true,
    strict: true,
  })
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`)
  if (values.url === undefined) throw new UsageError('--url is required (the receiver endpoint)')
  const secret = values.secret ?? env['VOICEHOOKS_WEBHOOK_SECRET']
  if (secret === undefined || secret === '') {
    throw new UsageError('--secret is required (or set VOICEHOOKS_WEBHOOK_SECRET)')
  }
  if (values.scheme !== undefined && !isSignatureScheme(values.scheme)) {
    throw new UsageError(
      `--scheme must be one of ${SIGNATURE_SCHEMES.join(', ')}, got ${JSON.stringify(values.scheme)}`,
    )
  }
  let deadlineMs: number | undefined
  if (values.deadline !== undefined) {
    if (!/^\d+$/.test(values.deadline) || Number(values.deadline) === 0) {
      throw new UsageError(
        `--deadline must be a positive whole number of milliseconds, got ${JSON.stringify(values.deadline)}`,
      )
    }
    deadlineMs = Number(values.deadline)
  }
  // Before the run, so a bad path costs a second, not a whole run.
  if (values.junit !== undefined) await prepareOutput(values.junit)
  const only = values.only
    ?.flatMap((list) => list.split(','))
    .map((name) => name.trim())
    .filter(Boolean)

  const report = await runConformance({
    url: values.url,
    secret,
    ...(values.scheme === undefined ? {} : { scheme: values.scheme }),
    ...(values.prefix === undefined ? {} : { prefix: values.prefix }),
    ...(deadlineMs === undefined ? {} : { deadlineMs }),
    ...(only === undefined ? {} : { only }),
    ...(values['webhook-id'] === undefined ? {} : { webhookId: values['webhook-id'] }),
  })

  if (values.junit !== undefined) {
    await writeFile(values.junit, toJUnit(report)).catch((error: Error) => {
      throw new UsageError(`cannot write --junit ${values.junit}: ${error.message}`)
    })
  }
  output.stdout(values.json ? JSON.stringify(report, null, 2) : formatTable(report))
  return report.ok ? 0 : 1
}

async function prepareOutput(file: string): Promise<void> {
  try {
    await mkdir(dirname(file), { recursive: true })
    await access(dirname(file), constants.W_OK)
  } catch (error) {
    throw new UsageError(`cannot write --junit ${file}: ${(error as Error).message}`)
  }
}
