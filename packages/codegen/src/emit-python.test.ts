import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildModel } from './build-model.js'
import { emitPythonEvents } from './emit-python-events.js'
import { emitPythonManagement } from './emit-python-management.js'
import { diffGenerated, generateTargets, writeGenerated } from './generate.js'
import { PYTHON_OUT_DIR } from './generate-python.js'
import { pyFieldName } from './python-models.js'

const fixture = join(import.meta.dirname, '../test/fixtures/mini')
const golden = join(import.meta.dirname, '../test/golden/python')
const temps: string[] = []
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true })
})

describe('Python emitters (golden output)', () => {
  it('events.py of the mini contract matches its golden file', async () => {
    const file = emitPythonEvents(await buildModel(fixture))
    await expect(file.contents).toMatchFileSnapshot(join(golden, 'events.py'))
  })

  it('management.py: $refs become named models, nullable and optional fields, aliases', async () => {
    const openapi = {
      components: {
        schemas: {
          Status: { type: 'string', enum: ['on', 'off'], description: 'On or off.' },
          Item: {
            type: 'object',
            required: ['id', 'status', 'from'],
            properties: {
              id: { type: 'string', pattern: '^it_[0-9]+$' },
              status: { $ref: '#/components/schemas/Status' },
              from: { type: ['string', 'null'] },
              schema: { type: 'object', additionalProperties: true },
              tags: { type: 'array', items: { type: 'string' }, maxItems: 3 },
            },
          },
        },
      },
    }
    const file = emitPythonManagement(openapi, 'inline.yaml')
    await expect(file.contents).toMatchFileSnapshot(join(golden, 'management.py'))
  })
})

describe('pyFieldName', () => {
  it.each([
    ['call_id', 'call_id', undefined],
    ['from', 'from_', 'from'],
    ['schema', 'schema_', 'schema'],
    ['model_name', 'model_name_', 'model_name'],
    ['x-trace', 'x_trace', 'x-trace'],
    ['2fa', 'f_2fa', '2fa'],
  ])('%s -> %s', (property, name, alias) => {
    expect(pyFieldName(property)).toEqual({ name, alias })
  })
})

describe('generateTargets', () => {
  it('adds the Python SDK target when the repository has one, and --check names its stale files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vh-codegen-py-'))
    temps.push(dir)
    cpSync(fixture, dir, { recursive: true })
    expect((await generateTargets({ rootDir: dir })).map((t) => t.options.outDir)).toEqual([undefined])

    mkdirSync(join(dir, 'packages/python/src/voicehooks'), { recursive: true })
    const targets = await generateTargets({ rootDir: dir })
    expect(targets.map((t) => t.options.outDir)).toEqual([undefined, PYTHON_OUT_DIR])
    const python = targets[1]!
    expect(python.files.map((f) => f.path).sort()).toEqual(['__init__.py', 'events.py'])
    await writeGenerated(python.options, python.files)
    mkdirSync(join(dir, PYTHON_OUT_DIR, '__pycache__'))
    expect(diffGenerated(python.options, python.files)).toEqual([])
    writeFileSync(join(dir, PYTHON_OUT_DIR, 'events.py'), '# edited by hand\n')
    expect(diffGenerated(python.options, python.files)).toEqual([`${PYTHON_OUT_DIR}/events.py (differs)`])
  })
})
