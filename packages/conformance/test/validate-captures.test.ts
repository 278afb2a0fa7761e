import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { catalog, examples } from '@voicehooks/contracts'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { CaptureReadError, formatFault, validateCaptures } from '../src/index.js'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vh-conformance-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

const allExamples = catalog.map((entry) => entry.example)
const ndjson = (events: unknown[]) => `${events.map((event) => JSON.stringify(event)).join('\n')}\n`

function withoutCallId() {
  const event = structuredClone(examples['call.completed']) as unknown as { data: Record<string, unknown> }
  delete event.data['call_id']
  return event
}

describe('validateCaptures', () => {
  test('accepts every catalog example as NDJSON, as a JSON array and one by one', async () => {
    const file = join(dir, 'all.ndjson')
    await writeFile(file, ndjson(allExamples))
    const report = await validateCaptures([
      file,
      { name: 'array.json', text: JSON.stringify(allExamples, null, 2) },
      { name: 'one.json', text: JSON.stringify(examples['test.ping']) },
    ])
    expect(report).toEqual({ files: 3, events: allExamples.length * 2 + 1, faults: [], ok: true })
  })

  test('names file, line, event, type and the path of each fault', async () => {
    const broken = withoutCallId()
    const file = join(dir, 'captured.jsonl')
    await writeFile(file, `${JSON.stringify(examples['test.ping'])}\n\n${JSON.stringify(broken)}\n`)
    const report = await validateCaptures([file])
    expect(report.ok).toBe(false)
    expect(report.events).toBe(2)
    expect(report.faults).toEqual([
      {
        file,
        line: 3,
        eventId: examples['call.completed'].id,
        type: 'call.completed',
        path: '/data/call_id',
        message: 'is required',
        keyword: 'required',
      },
    ])
    expect(formatFault(report.faults[0]!)).toBe(
      `${file}:3 ${examples['call.completed'].id} call.completed: /data/call_id is required`,
    )
  })

  test('gives the line each element of a pretty-printed array starts on', async () => {
    const text = JSON.stringify([examples['test.ping'], withoutCallId()], null, 2)
    const { faults } = await validateCaptures([{ name: 'pretty.json', text }])
    const starts = text.split('\n').flatMap((l, index) => (l === '  {' ? [index + 1] : []))
    expect(starts).toHaveLength(2)
    const line = starts[1]!
    expect(line).toBeGreaterThan(5)
    expect(faults.map((fault) => [fault.line, fault.path])).toEqual([[line, '/data/call_id']])
  })

  test('detects NDJSON by content under any name', async () => {
    const report = await validateCaptures([
      { name: 'capture.log', text: ndjson([examples['test.ping'], 42]) },
    ])
    expect(report.faults.map(formatFault)).toEqual(['capture.log:2 - -: (root) must be object'])
  })

  test('reports an unknown event type and envelope faults', async () => {
    const event = {
      ...examples['test.ping'],
      type: 'voicehooks.future_event',
      event: 'voicehooks.future_event',
    }
    const noId = { ...examples['test.ping'], id: 'nope' }
    const { faults } = await validateCaptures([{ name: 'x.json', text: JSON.stringify([event, noId]) }])
    expect(faults.map((fault) => [fault.path, fault.keyword])).toEqual([
      ['/type', 'unknown_type'],
      ['/id', 'pattern'],
    ])
  })

  test.each([
    ['bad.json', '{\n  "id": "evt_1",\n  "type": }\n', 'bad.json:3: invalid JSON at column 11'],
    [
      'bad.ndjson',
      `${JSON.stringify(examples['test.ping'])}\n{"id": tru}\n`,
      'bad.ndjson:2: invalid JSON at column 8',
    ],
    ['empty.json', '  \n', 'empty.json: contains no payloads'],
  ])('%s is unreadable, naming file and line', async (name, text, message) => {
    const run = validateCaptures([{ name, text }])
    await expect(run).rejects.toBeInstanceOf(CaptureReadError)
    await expect(run).rejects.toThrow(message)
  })

  test('a missing file is unreadable', async () => {
    const file = join(dir, 'missing.json')
    await expect(validateCaptures([file])).rejects.toMatchObject({
      code: 'unreadable_file',
      message: `${file}: cannot read: no such file`,
    })
  })
})
