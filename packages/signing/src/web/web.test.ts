import { readdir, readFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import * as node from '../index.js'
import * as web from './index.js'

const here = dirname(fileURLToPath(import.meta.url))

/** Every source file reachable from `entry` through relative imports. */
async function importGraph(entry: string): Promise<Map<string, string[]>> {
  const graph = new Map<string, string[]>()
  const pending = [entry]
  while (pending.length > 0) {
    const file = pending.pop()!
    if (graph.has(file)) continue
    const source = await readFile(file, 'utf8')
    const specifiers = [...source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'/g)].map(
      (m) => m[1]!,
    )
    graph.set(file, specifiers)
    for (const specifier of specifiers) {
      if (specifier.startsWith('.')) pending.push(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')))
    }
  }
  return graph
}

describe('@voicehooks/signing/web', () => {
  it('exports the same names as the Node entry', () => {
    expect(Object.keys(web).sort()).toEqual(Object.keys(node).sort())
  })

  it('imports nothing from node: or any package, through every module it reaches', async () => {
    const graph = await importGraph(join(here, 'index.ts'))
    expect(graph.size).toBeGreaterThan(8)
    for (const [file, specifiers] of graph) {
      for (const specifier of specifiers) {
        expect(specifier, `${file} imports ${specifier}`).toMatch(/^\./)
      }
    }
    expect([...graph.keys()].some((file) => file.endsWith('src/hmac.ts'))).toBe(false)
  })

  it('has no stray modules: every file under src/web is reached from its index', async () => {
    const graph = await importGraph(join(here, 'index.ts'))
    const files = (await readdir(here)).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    for (const name of files) expect(graph.has(join(here, name)), name).toBe(true)
  })

  it('returns promises from sign and verify, a string from generateSecret', async () => {
    const secret = web.generateSecret()
    expect(typeof secret).toBe('string')
    const signing = web.sign({ id: 'evt_1', timestamp: Math.floor(Date.now() / 1000), body: '{}', secret })
    expect(signing).toBeInstanceOf(Promise)
    const verifying = web.verify('{}', await signing, secret)
    expect(verifying).toBeInstanceOf(Promise)
    await expect(verifying).resolves.toMatchObject({ id: 'evt_1', scheme: 'standard' })
  })

  it('reports the same failures as the Node entry, as rejections', async () => {
    const secret = web.generateSecret()
    await expect(web.verify('{}', {}, secret)).rejects.toBeInstanceOf(web.WebhookVerificationError)
    await expect(web.verify('{}', {}, secret)).rejects.toMatchObject({
      code: 'missing_header',
      header: 'webhook-id',
    })
    await expect(web.sign({ id: 'e', timestamp: 1, body: '{}' })).rejects.toBeInstanceOf(
      web.WebhookConfigurationError,
    )
    expect(web.WebhookVerificationError).toBe(node.WebhookVerificationError)
  })
})
