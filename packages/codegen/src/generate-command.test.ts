import { execFile } from 'node:child_process'
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { generateCommand } from './generate-command.js'
import { initCommand } from './init-command.js'

const run = promisify(execFile)
const BIN = join(import.meta.dirname, 'bin.ts')
// Resolved here: the commands run in folders outside the workspace, where `tsx` is not installed.
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href
const ACME = join(import.meta.dirname, '../test/fixtures/acme/acme.asyncapi.yaml')
const LEGACY = join(import.meta.dirname, '../test/fixtures/acme/legacy.asyncapi.yaml')
const temps: string[] = []

/** A folder outside any workspace, holding a copy of the Acme document. */
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vh-codegen-cli-'))
  temps.push(dir)
  copyFileSync(ACME, join(dir, 'acme.asyncapi.yaml'))
  return dir
}

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true })
})

/** Runs `voicehooks-codegen ARGS` as its own process in `cwd`; never rejects. */
async function codegen(
  cwd: string,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--conditions=@voicehooks/source', '--import', TSX, BIN, ...args],
      { cwd },
    )
    return { code: 0, stdout, stderr }
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

/** The command in-process, its lines captured. */
async function inProcess(
  command: typeof generateCommand,
  cwd: string,
  args: string[],
): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = []
  const out = { log: (l: string) => lines.push(l), error: (l: string) => lines.push(l) }
  const before = process.cwd()
  process.chdir(cwd)
  try {
    return { code: await command(args, out), lines }
  } finally {
    process.chdir(before)
  }
}

describe('voicehooks-codegen generate (any document, anywhere)', () => {
  it('generates a contract outside any workspace, and --check says when it is stale', async () => {
    const dir = scratch()
    const made = await codegen(dir, ['generate', '--asyncapi', 'acme.asyncapi.yaml', '--out', 'gen'])
    expect(made.stderr).toBe('')
    expect(made.code).toBe(0)
    expect(made.stdout).toContain('wrote 8 files to gen')
    expect(readdirSync(join(dir, 'gen')).sort()).toEqual([
      'catalog.ts',
      'contract.ts',
      'examples.ts',
      'index.ts',
      'types.ts',
      'validator-table.ts',
      'validators.d.ts',
      'validators.js',
    ])
    const types = readFileSync(join(dir, 'gen/types.ts'), 'utf8')
    expect(types).toContain("'invoice.paid': InvoicePaidData")
    expect(types).toContain("export type ReservedEventType = 'session.transferred'")
    expect(types).toContain("Omit<EventEnvelope, 'type' | 'data'> & { type: K; data: EventMap[K] }")
    const contract = readFileSync(join(dir, 'gen/contract.ts'), 'utf8')
    expect(contract).toContain("conventions: { headerPrefix: 'Acme', mirrorsType: false }")
    expect(contract).toContain('made by `voicehooks-codegen generate` from acme.asyncapi.yaml')

    const check = ['generate', '--asyncapi', 'acme.asyncapi.yaml', '--out', 'gen', '--check']
    expect((await codegen(dir, check)).code).toBe(0)
    writeFileSync(join(dir, 'gen/types.ts'), `${types}// edited\n`)
    const stale = await codegen(dir, check)
    expect(stale.code).toBe(1)
    expect(stale.stderr).toContain('gen/types.ts (differs)')
  })

  it('emits standalone validators that check the document’s own schemas', async () => {
    const dir = scratch()
    expect((await inProcess(generateCommand, dir, ['--asyncapi', ACME, '--out', 'gen'])).code).toBe(0)
    const mod = (await import(pathToFileURL(join(dir, 'gen/validators.js')).href)) as Record<
      string,
      ((data: unknown) => boolean) & { errors?: { instancePath: string }[] }
    >
    const paid = mod['validateInvoicePaidData']!
    expect(paid({ invoice_id: 'inv_1', amount_cents: 5, currency: 'USD' })).toBe(true)
    expect(paid({ invoice_id: 'inv_1', amount_cents: 0, currency: 'GBP' })).toBe(false)
    expect(paid.errors!.map((e) => e.instancePath).sort()).toEqual(['/amount_cents', '/currency'])
  })

  it('reads AsyncAPI 2.6 documents with inline channel messages', async () => {
    const dir = scratch()
    const { code } = await inProcess(generateCommand, dir, ['--asyncapi', LEGACY, '--out', 'gen'])
    expect(code).toBe(0)
    const types = readFileSync(join(dir, 'gen/types.ts'), 'utf8')
    expect(types).toContain("  | 'line.down'\n  | 'line.up'")
  })
})

describe('voicehooks-codegen generate: documents it cannot use', () => {
  /** The Acme document with one edit, generated; answers the exit code and lines. */
  async function broken(edit: (yaml: string) => string) {
    const dir = scratch()
    const file = join(dir, 'acme.asyncapi.yaml')
    writeFileSync(file, edit(readFileSync(file, 'utf8')))
    return inProcess(generateCommand, dir, ['--asyncapi', 'acme.asyncapi.yaml', '--out', 'gen'])
  }

  it('names file and JSON path of a message without a `type` const', async () => {
    const { code, lines } = await broken((y) =>
      y.replace('type: { type: string, const: invoice.paid }', 'type: { type: string }'),
    )
    expect(code).toBe(2)
    expect(lines).toContain(
      '  acme.asyncapi.yaml: components.messages.InvoicePaid.payload.properties.type: no `type` discriminator: give the payload a `type` property with `const: <event type>`',
    )
  })

  it('names an unnamed message and one without payload, all at once', async () => {
    const { code, lines } = await broken((y) =>
      y
        .replace('      name: session.closed\n', '')
        .replace(/( {4}SessionOpened:\n[\s\S]*?) {6}payload:\n[\s\S]*?( {6}examples:)/, '$1$2'),
    )
    expect(code).toBe(2)
    expect(lines[0]).toBe('voicehooks-codegen generate: acme.asyncapi.yaml has invalid event messages')
    expect(lines).toContain(
      '  acme.asyncapi.yaml: components.messages.SessionClosed.name: unnamed message: add `name: session.closed` (the event type)',
    )
    expect(lines).toContain(
      '  acme.asyncapi.yaml: components.messages.SessionOpened.payload: missing payload: an event message needs a payload schema',
    )
  })

  it('names a payload without `data`, and envelopes that differ', async () => {
    const { code, lines } = await broken((y) =>
      y
        .replace(
          / {10}data:\n {12}title: SessionTransferredData[\s\S]*?session_id: \{ type: string, minLength: 1 \}\n/,
          '',
        )
        .replace(
          'account_id: { type: string, minLength: 1 }\n          data:\n            title: InvoicePaidData',
          'account_id: { type: string }\n          data:\n            title: InvoicePaidData',
        ),
    )
    expect(code).toBe(2)
    expect(
      lines.some((l) =>
        l.includes('components.messages.SessionTransferred.payload.properties.data: no `data` property'),
      ),
    ).toBe(true)
    expect(
      lines.some((l) =>
        l.includes(
          "components.messages.SessionClosed.payload: its envelope differs from message InvoicePaid's",
        ),
      ),
    ).toBe(true)
  })

  it('exits 2 with readable lines and no stack trace for an invalid document, a missing file or a bad flag', async () => {
    const dir = scratch()
    writeFileSync(join(dir, 'bad.yaml'), 'asyncapi: 3.0.0\ninfo: { title: x }\n')
    const invalid = await codegen(dir, ['generate', '--asyncapi', 'bad.yaml', '--out', 'gen'])
    expect(invalid.code).toBe(2)
    expect(invalid.stderr).toMatch(
      /^voicehooks-codegen generate: bad\.yaml is not a valid AsyncAPI document\n/,
    )
    expect(invalid.stderr).toMatch(/^ {2}bad\.yaml: info: /m)
    expect(invalid.stderr).not.toMatch(/^\s+at /m)
    const flag = await codegen(dir, [
      'generate',
      '--asyncapi',
      'acme.asyncapi.yaml',
      '--out',
      'gen',
      '--frobnicate',
    ])
    expect(flag.code).toBe(2)
    expect(flag.stderr).toMatch(/^voicehooks-codegen generate: Unknown option '--frobnicate'/)
    expect(flag.stderr.trim().split('\n')).toHaveLength(1)
    for (const [args, line] of [
      [
        ['--asyncapi', 'nope.yaml', '--out', 'gen'],
        'voicehooks-codegen generate: --asyncapi nope.yaml: no such file',
      ],
      [['--asyncapi', 'acme.asyncapi.yaml'], 'voicehooks-codegen generate: give --out DIR'],
      [['--out', 'gen'], 'voicehooks-codegen generate: give at least one --asyncapi FILE'],
    ] as const) {
      const { code, lines } = await inProcess(generateCommand, dir, [...args])
      expect(code, args.join(' ')).toBe(2)
      expect(lines[0]).toBe(line)
    }
  })
})

describe('voicehooks-codegen init', () => {
  it('makes a publishable contracts package that generate --check finds current', async () => {
    const dir = scratch()
    const { code, lines } = await inProcess(initCommand, dir, [
      '--name',
      '@acme/contracts',
      '--asyncapi',
      'acme.asyncapi.yaml',
      '--out',
      'packages/acme-contracts',
    ])
    expect(lines.join('\n')).toContain('made @acme/contracts in packages/acme-contracts')
    expect(code).toBe(0)
    const pkgDir = join(dir, 'packages/acme-contracts')
    const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'))
    expect(manifest).toMatchObject({
      name: '@acme/contracts',
      type: 'module',
      types: './dist/index.d.ts',
      exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' } },
      scripts: {
        generate: 'voicehooks-codegen generate --asyncapi ../../acme.asyncapi.yaml --out src/generated',
      },
    })
    expect(readFileSync(join(pkgDir, 'src/index.ts'), 'utf8')).toContain(
      "export { contract, contract as default } from './generated/index.js'",
    )
    expect(readFileSync(join(pkgDir, 'README.md'), 'utf8')).toContain('VOICEHOOKS_CONTRACT=@acme/contracts')
    // The package's own `check` script, as it would run there.
    const check = manifest.scripts.check.replace('voicehooks-codegen ', '').split(' ')
    expect((await codegen(pkgDir, check)).code).toBe(0)

    const again = await inProcess(initCommand, dir, [
      '--name',
      '@acme/contracts',
      '--asyncapi',
      'acme.asyncapi.yaml',
      '--out',
      'packages/acme-contracts',
    ])
    expect(again.code).toBe(2)
    expect(again.lines[0]).toContain('is not empty')
    const badName = await inProcess(initCommand, dir, [
      '--name',
      'Acme Contracts',
      '--asyncapi',
      'acme.asyncapi.yaml',
      '--out',
      'x',
    ])
    expect(badName.code).toBe(2)
  })
})
