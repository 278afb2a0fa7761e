import { CaptureReadError } from './errors.js'
import { arrayElementOffsets, lineOf, syntaxErrorOffset } from './json-locate.js'

/** One captured payload and the line it starts on. */
export interface CapturedValue {
  line: number
  value: unknown
}

/**
 * Splits a capture file into payloads: NDJSON (one per line; `.ndjson`/`.jsonl`, or content that
 * is not one JSON document but whose first line is), else one JSON document holding an event or
 * an array of events.
 *
 * @throws {CaptureReadError} `invalid_json` naming the line, or when the file holds no payload.
 */
export function parseCaptures(file: string, text: string): CapturedValue[] {
  const values = /\.(ndjson|jsonl)$/i.test(file) ? parseLines(file, text) : parseDocumentOrLines(file, text)
  if (values.length === 0) throw new CaptureReadError('invalid_json', file, 'contains no payloads')
  return values
}

function parseDocumentOrLines(file: string, text: string): CapturedValue[] {
  if (text.trim() === '') return []
  let document: unknown
  try {
    document = JSON.parse(text)
  } catch (error) {
    if (looksLikeLines(text)) return parseLines(file, text)
    throw syntaxError(file, text, error)
  }
  const start = text.length - text.trimStart().length
  if (!Array.isArray(document)) return [{ line: lineOf(text, start), value: document }]
  const offsets = arrayElementOffsets(text)
  return document.map((value, index) => ({ line: lineOf(text, offsets[index] ?? start), value }))
}

/** More than one non-blank line, and the first one is a JSON document by itself. */
function looksLikeLines(text: string): boolean {
  const lines = text.split('\n').filter((line) => line.trim() !== '')
  if (lines.length < 2) return false
  try {
    JSON.parse(lines[0]!)
    return true
  } catch {
    return false
  }
}

function parseLines(file: string, text: string): CapturedValue[] {
  const values: CapturedValue[] = []
  for (const [index, line] of text.split('\n').entries()) {
    if (line.trim() === '') continue
    try {
      values.push({ line: index + 1, value: JSON.parse(line) })
    } catch (error) {
      const column = syntaxErrorOffset(line) + 1
      throw new CaptureReadError(
        'invalid_json',
        file,
        `invalid JSON at column ${column}: ${reason(error)}`,
        index + 1,
      )
    }
  }
  return values
}

function syntaxError(file: string, text: string, error: unknown): CaptureReadError {
  const offset = syntaxErrorOffset(text)
  const line = lineOf(text, offset)
  const column = offset - text.lastIndexOf('\n', offset - 1)
  return new CaptureReadError(
    'invalid_json',
    file,
    `invalid JSON at column ${column}: ${reason(error)}`,
    line,
  )
}

/** V8's message without the echo of the whole input it sometimes includes. */
function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.replace(/, ".*" is not valid JSON$/s, '').replace(/ in JSON at position \d+.*$/s, '')
}
