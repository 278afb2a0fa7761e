import { mkdtemp, readdir, readFile, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { runOk } from './exec.js'
import type { Manifest } from './workspace.js'

/** A tarball unpacked into a folder of its own: `package/` as npm would install it. */
export interface Unpacked {
  dir: string
  manifest: Manifest
  /** Every file, relative to `dir`, sorted. */
  files: string[]
}

export async function unpack(tarball: string): Promise<Unpacked> {
  const into = await mkdtemp(join(tmpdir(), 'voicehooks-unpacked-'))
  await runOk('tar', ['-xzf', tarball, '-C', into], { cwd: into })
  const dir = join(into, 'package')
  const files = (await walk(dir)).map((file) => relative(dir, file)).sort()
  const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as Manifest
  return { dir, manifest, files }
}

async function walk(dir: string): Promise<string[]> {
  const found: string[] = []
  for (const name of await readdir(dir)) {
    const path = join(dir, name)
    if ((await stat(path)).isDirectory()) found.push(...(await walk(path)))
    else found.push(path)
  }
  return found
}

/**
 * Bare specifiers a built entry reaches through its relative imports (`import`/`export … from`,
 * side-effect imports, `require()`), with the chunk that names each.
 */
export async function bareImports(entry: string): Promise<{ specifier: string; file: string }[]> {
  const seen = new Set<string>()
  const found: { specifier: string; file: string }[] = []
  const pending = [entry]
  while (pending.length > 0) {
    const file = pending.pop()!
    if (seen.has(file)) continue
    seen.add(file)
    const text = await readFile(file, 'utf8')
    const statics = text.matchAll(/(?:^|[\n;])\s*(?:import|export)\b[^'"]*?['"]([^'"]+)['"]/g)
    const requires = text.matchAll(/\brequire\(\s*['"]([^'"]+)['"]\s*\)/g)
    for (const match of [...statics, ...requires]) {
      const specifier = match[1]!
      if (specifier.startsWith('.')) pending.push(join(file, '..', specifier))
      else found.push({ specifier, file })
    }
  }
  return found
}
