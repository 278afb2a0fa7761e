import { readFile } from 'node:fs/promises'
import { validateEvent } from '@voicehooks/contracts'
import { parseCaptures } from './capture-parse.js'
import { CaptureReadError } from './errors.js'

/** A capture file path, or text with the name to report it under. */
export type CaptureSource = string | { name: string; text: string }

/** One contract violation in a captured payload. */
export interface CaptureFault {
  file: string
  /** 1-based line the payload starts on. */
  line: number
  /** The payload's `id`, when it has a string one. */
  eventId?: string
  /** The payload's `type`, when it has a string one. */
  type?: string
  /** JSON pointer to the fault, e.g. `/data/call_id` (`` for the whole payload). */
  path: string
  message: string
  /** The failing JSON Schema keyword (`required`, `enum`, …) or `unknown_type`. */
  keyword: string
}

/** The result of {@link validateCaptures}. */
export interface CaptureReport {
  files: number
  /** Payloads checked. */
  events: number
  faults: CaptureFault[]
  /** True when no payload has a fault. */
  ok: boolean
}

/**
 * Checks captured payloads (bodies your receiver logged) against the contract. Each source is a
 * JSON file (one event or an array) or NDJSON (one event a line, `.ndjson`/`.jsonl` or detected).
 * Unknown event types are faults here: they are not in the contract this kit was built from.
 *
 * @throws {CaptureReadError} a file that cannot be read, is not JSON (naming the line) or is empty.
 * @example
 * ```ts
 * const report = await validateCaptures(['captures/webhooks.ndjson'])
 * for (const fault of report.faults) console.log(formatFault(fault))
 * // captures/webhooks.ndjson:3 evt_01J… call.completed: /data/call_id is required
 * ```
 */
export async function validateCaptures(sources: readonly CaptureSource[]): Promise<CaptureReport> {
  const faults: CaptureFault[] = []
  let events = 0
  for (const source of sources) {
    const { name, text } = typeof source === 'string' ? { name: source, text: await read(source) } : source
    for (const { line, value } of parseCaptures(name, text)) {
      events++
      const result = validateEvent(value)
      if (result.ok) continue
      const { id, type } = identify(value)
      for (const issue of result.errors) {
        faults.push({
          file: name,
          line,
          ...(id === undefined ? {} : { eventId: id }),
          ...(type === undefined ? {} : { type }),
          ...issue,
        })
      }
    }
  }
  return { files: sources.length, events, faults, ok: faults.length === 0 }
}

/** `file:line event-id type: path message`, `-` for a missing id or type. */
export function formatFault(fault: CaptureFault): string {
  return `${fault.file}:${fault.line} ${fault.eventId ?? '-'} ${fault.type ?? '-'}: ${fault.path || '(root)'} ${fault.message}`
}

async function read(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    const code = (error as { code?: string }).code
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (error as Error).message
    throw new CaptureReadError('unreadable_file', file, `cannot read: ${why}`)
  }
}

function identify(value: unknown): { id?: string; type?: string } {
  if (typeof value !== 'object' || value === null) return {}
  const { id, type } = value as { id?: unknown; type?: unknown }
  return {
    ...(typeof id === 'string' ? { id } : {}),
    ...(typeof type === 'string' ? { type } : {}),
  }
}
