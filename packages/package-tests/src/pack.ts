import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { pnpm, runOk } from './exec.js'
import { publishedPackages } from './workspace.js'

/** A packed package: what `pnpm publish` would upload. */
export interface Tarball {
  name: string
  /** The package's folder in the workspace. */
  dir: string
  file: string
}

/** `pnpm pack`s every published package (built beforehand) into `destination`. */
export async function packAll(destination: string): Promise<Tarball[]> {
  const { command, prefix } = pnpm()
  const tarballs: Tarball[] = []
  for (const pkg of publishedPackages()) {
    const before = new Set(await readdir(destination))
    await runOk(command, [...prefix, 'pack', '--pack-destination', destination], { cwd: pkg.dir })
    const added = (await readdir(destination)).filter((file) => !before.has(file) && file.endsWith('.tgz'))
    if (added.length !== 1) throw new Error(`pnpm pack of ${pkg.name} wrote ${added.join(', ') || 'nothing'}`)
    tarballs.push({ name: pkg.name, dir: pkg.dir, file: join(destination, added[0]!) })
  }
  return tarballs
}
