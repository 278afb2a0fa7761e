// Golden tests of the spec diff: one pair of spec fixtures per rule (test/diff/<kind>/<rule>.yaml
// against its base.yaml), each with the changes it must find and the report it prints.
import { execFileSync } from 'node:child_process'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { diffCommand } from './diff-command.js'
import { formatDiffTable } from './format-report.js'
import { diffSpecs } from './index.js'
import type { Rule, Severity } from './rules.js'

const here = fileURLToPath(new URL('.', import.meta.url))
const fixtures = join(here, '../../test/diff')
const golden = join(here, '../../test/golden/diff')
const root = join(here, '../../../..')

type Want = [rule: Rule, severity: Severity, where: string, path: string]

const cases: [kind: 'asyncapi' | 'openapi', rule: string, want: Want[]][] = [
  // Receivers, who read events.
  ['asyncapi', 'event-removed', [['event-removed', 'breaking', 'call.failed', '(root)']]],
  ['asyncapi', 'event-renamed', [['event-renamed', 'breaking', 'call.failed', '(root)']]],
  ['asyncapi', 'field-removed', [['field-removed', 'breaking', 'call.completed', '/data/transcript']]],
  ['asyncapi', 'field-renamed', [['field-renamed', 'breaking', 'call.completed', '/data/transcript']]],
  [
    'asyncapi',
    'field-made-optional',
    [['field-made-optional', 'breaking', 'call.completed', '/data/agent_id']],
  ],
  ['asyncapi', 'type-changed', [['type-changed', 'breaking', 'call.completed', '/data/duration_seconds']]],
  ['asyncapi', 'format-changed', [['format-changed', 'breaking', 'call.failed', '/data/call_id']]],
  ['asyncapi', 'pattern-changed', [['pattern-changed', 'breaking', 'call.completed', '/data/agent_id']]],
  ['asyncapi', 'enum-value-added', [['enum-value-added', 'warning', 'call.completed', '/data/status']]],
  [
    'asyncapi',
    'envelope-field-removed',
    [['field-removed', 'breaking', '(envelope of every event)', '/timestamp']],
  ],
  [
    'asyncapi',
    'nested-field-removed',
    [['field-removed', 'breaking', 'call.completed', '/data/cost/currency']],
  ],
  [
    'asyncapi',
    'compatible-additions',
    [
      ['type-narrowed', 'compatible', 'call.completed', '/data/recording_url'],
      ['field-added', 'compatible', 'call.completed', '/data/summary'],
      ['field-made-required', 'compatible', 'call.completed', '/data/transcript'],
      ['enum-value-removed', 'compatible', 'call.failed', '/data/reason'],
      ['event-added', 'compatible', 'call.started', '(root)'],
    ],
  ],
  // API clients, who send requests and read responses.
  ['openapi', 'operation-removed', [['operation-removed', 'breaking', 'DELETE /v1/webhooks/{id}', '(root)']]],
  [
    'openapi',
    'request-field-added-required',
    [['request-field-added-required', 'breaking', 'POST /v1/webhooks', 'request /name']],
  ],
  [
    'openapi',
    'request-field-made-required',
    [['request-field-made-required', 'breaking', 'POST /v1/webhooks', 'request /events']],
  ],
  [
    'openapi',
    'request-enum-narrowed',
    [['request-enum-narrowed', 'breaking', 'POST /v1/webhooks', 'request /signature_scheme']],
  ],
  [
    'openapi',
    'request-type-changed',
    [['request-type-changed', 'breaking', 'GET /v1/webhooks', 'query /limit']],
  ],
  [
    'openapi',
    'request-format-changed',
    [
      ['request-format-changed', 'breaking', 'POST /v1/webhooks', 'request /url'],
      ['request-pattern-changed', 'breaking', 'POST /v1/webhooks', 'request /url'],
    ],
  ],
  [
    'openapi',
    'request-field-removed',
    [['request-field-removed', 'warning', 'GET /v1/webhooks', 'query /limit']],
  ],
  [
    'openapi',
    'request-field-refused',
    [['request-field-refused', 'breaking', 'POST /v1/webhooks', 'request /description']],
  ],
  [
    'openapi',
    'response-field-removed',
    [
      ['field-removed', 'breaking', 'GET /v1/webhooks', 'response 200 /data/[]/created_at'],
      ['field-removed', 'breaking', 'POST /v1/webhooks', 'response 201 /created_at'],
    ],
  ],
  [
    'openapi',
    'response-field-made-optional',
    [['field-made-optional', 'breaking', 'POST /v1/webhooks', 'response 201 /secret']],
  ],
  [
    'openapi',
    'response-type-changed',
    [['type-changed', 'breaking', 'GET /v1/webhooks', 'response 200 /total']],
  ],
  [
    'openapi',
    'response-format-changed',
    [
      ['format-changed', 'breaking', 'GET /v1/webhooks', 'response 200 /data/[]/created_at'],
      ['format-changed', 'breaking', 'POST /v1/webhooks', 'response 201 /created_at'],
    ],
  ],
  ['openapi', 'response-removed', [['response-removed', 'breaking', 'POST /v1/webhooks', 'response 201']]],
  [
    'openapi',
    'compatible-additions',
    [
      ['field-added', 'compatible', 'GET /v1/webhooks', 'response 200 /data/[]/disabled_reason'],
      ['request-field-added', 'compatible', 'POST /v1/webhooks', 'request /headers'],
      ['request-enum-widened', 'compatible', 'POST /v1/webhooks', 'request /signature_scheme'],
      ['field-added', 'compatible', 'POST /v1/webhooks', 'response 201 /disabled_reason'],
      ['operation-added', 'compatible', 'POST /v1/webhooks/{id}/rotate-secret', '(root)'],
    ],
  ],
]

describe.each(cases)('diff %s: %s', (kind, rule, want) => {
  const base = join(fixtures, kind, `base.${kind}.yaml`)
  const head = join(fixtures, kind, `${rule}.${kind}.yaml`)

  it('finds exactly the changes of its rule, classified', async () => {
    const report = await diffSpecs(base, head)
    expect(report.changes.map((change) => [change.rule, change.severity, change.where, change.path])).toEqual(
      want,
    )
    expect(report.breaking).toBe(want.filter(([, severity]) => severity === 'breaking').length)
  })

  it('prints the golden report', async () => {
    const report = await diffSpecs(base, head)
    const text = formatDiffTable({ ...report, base: `base.${kind}.yaml`, head: `${rule}.${kind}.yaml` })
    await expect(text).toMatchFileSnapshot(join(golden, `${kind}-${rule}.txt`))
  })
})

describe('voicehooks-codegen diff', () => {
  const output = () => {
    const lines: string[] = []
    return {
      lines,
      log: (line: string) => void lines.push(line),
      error: (line: string) => void lines.push(line),
    }
  }
  const asyncapi = (name: string) => join(fixtures, 'asyncapi', `${name}.asyncapi.yaml`)

  it('exits 1 on a breaking change, 0 on compatible changes only, and prints the table', async () => {
    const breaking = output()
    expect(await diffCommand([asyncapi('base'), asyncapi('field-removed')], breaking)).toBe(1)
    expect(breaking.lines.join('\n')).toMatch(/1 breaking/)
    const compatible = output()
    expect(await diffCommand([asyncapi('base'), asyncapi('compatible-additions')], compatible)).toBe(0)
    expect(compatible.lines.join('\n')).toMatch(/0 breaking, 0 warnings, 5 compatible/)
  })

  it('--json prints the report as JSON', async () => {
    const out = output()
    expect(await diffCommand(['--json', asyncapi('base'), asyncapi('enum-value-added')], out)).toBe(0)
    const report = JSON.parse(out.lines.join('\n')) as { warnings: number; changes: { rule: string }[] }
    expect(report.warnings).toBe(1)
    expect(report.changes[0]?.rule).toBe('enum-value-added')
  })

  it('answers a bad argument with exit 2 and one readable line', async () => {
    const missing = output()
    expect(await diffCommand(['no-such-ref-or-file', asyncapi('base')], missing)).toBe(2)
    expect(missing.lines).toEqual([
      expect.stringMatching(/"no-such-ref-or-file" is not a spec file, a folder, or a git ref/),
    ])
    const count = output()
    expect(await diffCommand([asyncapi('base')], count)).toBe(2)
    expect(count.lines[0]).toMatch(/expected <base> and <head>/)
  })

  it('finds no change between the repository specs and themselves, by folder and by git ref', async () => {
    expect((await diffSpecs(join(root, 'specs'), join(root, 'specs'))).changes).toEqual([])
    expect((await diffSpecs('HEAD', 'HEAD', root)).changes).toEqual([])
  })
})

describe('diff between git refs', () => {
  let repo: string
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' })

  beforeAll(async () => {
    repo = await mkdtemp(join(tmpdir(), 'voicehooks-diff-git-'))
    git('init', '-q')
    git('config', 'user.email', 'diff@test.invalid')
    git('config', 'user.name', 'diff test')
    await cp(join(fixtures, 'asyncapi', 'base.asyncapi.yaml'), join(repo, 'specs', 'webhooks.asyncapi.yaml'))
    git('add', '.')
    git('commit', '-q', '-m', 'base')
    git('tag', 'v1.0.0')
    await cp(
      join(fixtures, 'asyncapi', 'field-removed.asyncapi.yaml'),
      join(repo, 'specs', 'webhooks.asyncapi.yaml'),
    )
    git('commit', '-q', '-am', 'head')
  })
  afterAll(() => rm(repo, { recursive: true, force: true }))

  it('reads specs/ at each ref without touching the work tree', async () => {
    const report = await diffSpecs('v1.0.0', 'HEAD', repo)
    expect(report.changes.map((change) => change.rule)).toEqual(['field-removed'])
    expect((await diffSpecs('HEAD', 'specs', repo)).changes).toEqual([])
  })
})
