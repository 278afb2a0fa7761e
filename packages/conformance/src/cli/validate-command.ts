import { parseArgs } from 'node:util'
import { formatFault, validateCaptures } from '../validate-captures.js'
import type { Output } from './output.js'
import { UsageError } from './usage.js'

/** `voicehooks-conformance validate FILE…`; resolves with the exit status. */
export async function validateCommand(args: string[], output: Output): Promise<number> {
  const { positionals, values } = parseArgs({
    args,
    options: { json: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  })
  if (positionals.length === 0)
    throw new UsageError('validate needs at least one FILE (JSON or NDJSON captures)')
  const report = await validateCaptures(positionals)
  if (values.json) {
    output.stdout(JSON.stringify(report, null, 2))
  } else {
    for (const fault of report.faults) output.stdout(formatFault(fault))
    const faulty = new Set(report.faults.map((fault) => `${fault.file}:${fault.line}`)).size
    const files = `${report.files} file${report.files === 1 ? '' : 's'}`
    output.stdout(
      report.ok
        ? `PASS: ${report.events} payloads in ${files} match the contract`
        : `FAIL: ${faulty} of ${report.events} payloads in ${files} break the contract (${report.faults.length} faults)`,
    )
  }
  return report.ok ? 0 : 1
}
