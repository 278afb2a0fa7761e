import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { CodegenError } from './errors.js'
import { diffGenerated, generate, writeGenerated } from './generate.js'

const fixture = join(import.meta.dirname, '../test/fixtures/mini')
const golden = join(import.meta.dirname, '../test/golden')
const temps: string[] = []

/** A scratch copy of the fixture specs, so tests can break them. */
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vh-codegen-'))
  temps.push(dir)
  cpSync(fixture, dir, { recursive: true })
  return dir
}

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true })
})

const fixtureFiles = generate({ rootDir: fixture })

describe('generate (golden output)', () => {
  it.each(['types.ts', 'catalog.ts', 'examples.ts', 'validator-table.ts', 'validators.d.ts'])(
    '%s matches its golden file',
    async (name) => {
      const file = (await fixtureFiles).find((f) => f.path === name)
      expect(file, name).toBeDefined()
      await expect(file!.contents).toMatchFileSnapshot(join(golden, name))
    },
  )

  it('is deterministic: same specs, same bytes', async () => {
    const again = await generate({ rootDir: fixture })
    expect(again).toEqual(await fixtureFiles)
  })

  it('emits validators with no require() and no runtime dependency', async () => {
    const js = (await fixtureFiles).find((f) => f.path === 'validators.js')!.contents
    expect(js).not.toMatch(/[^_]require\(/)
    expect(js).not.toMatch(/^import /m)
  })

  it('emits runnable validators that report paths', async () => {
    const dir = scratch()
    await writeGenerated({ rootDir: dir, outDir: 'out' }, await fixtureFiles)
    const mod = (await import(pathToFileURL(join(dir, 'out/validators.js')).href)) as Record<
      string,
      ((data: unknown) => boolean) & { errors?: { instancePath: string; keyword: string }[] }
    >
    const validate = mod['validateCallCompletedData']!
    const good = {
      call_id: '3f1c1a52-8f0e-4a55-9a5e-1f7b2a3c4d5e',
      direction: 'inbound',
      phone_number: '+14155550100',
      cost: { amount: 1, currency: 'USD' },
    }
    expect(validate(good)).toBe(true)
    expect(validate({ ...good, call_id: 'nope', direction: 'sideways' })).toBe(false)
    expect(validate.errors!.map((e) => `${e.instancePath}:${e.keyword}`).sort()).toEqual([
      '/call_id:format',
      '/direction:enum',
    ])
  })
})

describe('generate (bad specs)', () => {
  it('fails on an invalid AsyncAPI document, naming file and path', async () => {
    const dir = scratch()
    const spec = join(dir, 'specs/asyncapi/webhooks.asyncapi.yaml')
    writeFileSync(spec, readFileSync(spec, 'utf8').replace('action: send', 'action: shout'))
    const error = await generate({ rootDir: dir }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CodegenError)
    const e = error as CodegenError
    expect(e.code).toBe('spec_invalid')
    expect(e.diagnostics.length).toBeGreaterThan(0)
    expect(
      e.diagnostics.some(
        (d) =>
          d.file === 'specs/asyncapi/webhooks.asyncapi.yaml' && d.path.includes('operations.deliverWebhook'),
      ),
    ).toBe(true)
  })

  it('fails when a message name disagrees with its payload type', async () => {
    const dir = scratch()
    const spec = join(dir, 'specs/asyncapi/webhooks.asyncapi.yaml')
    writeFileSync(spec, readFileSync(spec, 'utf8').replace('name: call.completed', 'name: call.finished'))
    const error = (await generate({ rootDir: dir }).catch((e: unknown) => e)) as CodegenError
    expect(error.code).toBe('spec_shape')
    expect(error.diagnostics[0]?.path).toBe('components.messages.CallCompleted.name')
  })
})

describe('diffGenerated (codegen --check)', () => {
  it('is empty for fresh output and names each stale file after a schema change', async () => {
    const dir = scratch()
    await writeGenerated({ rootDir: dir }, await generate({ rootDir: dir }))
    expect(diffGenerated({ rootDir: dir }, await generate({ rootDir: dir }))).toEqual([])

    const schema = join(dir, 'specs/asyncapi/schemas/data/call.completed.yaml')
    writeFileSync(schema, `${readFileSync(schema, 'utf8')}  agent_id: { type: string }\n`)
    const stale = diffGenerated({ rootDir: dir }, await generate({ rootDir: dir }))
    expect(stale).toContain('packages/contracts/src/generated/types.ts (differs)')
    expect(stale).toContain('packages/contracts/src/generated/validators.js (differs)')
    expect(stale).toContain('packages/contracts/src/generated/catalog.ts (differs)')
  })

  it('names files that are missing or no longer generated', async () => {
    const dir = scratch()
    const files = await generate({ rootDir: dir })
    await writeGenerated({ rootDir: dir }, files)
    writeFileSync(join(dir, 'packages/contracts/src/generated/old.ts'), '')
    rmSync(join(dir, 'packages/contracts/src/generated/examples.ts'))
    expect(diffGenerated({ rootDir: dir }, files).sort()).toEqual([
      'packages/contracts/src/generated/examples.ts (missing)',
      'packages/contracts/src/generated/old.ts (not generated any more)',
    ])
  })
})
