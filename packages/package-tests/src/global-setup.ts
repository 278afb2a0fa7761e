import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { packAll, type Tarball } from './pack.js'
import { publishedPackages } from './workspace.js'

declare module 'vitest' {
  export interface ProvidedContext {
    tarballs: Tarball[]
  }
}

/** Packs every published package once for all test files; the tarballs go away afterwards. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  for (const pkg of publishedPackages()) {
    if (!existsSync(join(pkg.dir, 'dist'))) {
      throw new Error(
        `${pkg.name} is not built (no dist/): run \`pnpm build\` (turbo builds it before these tests)`,
      )
    }
  }
  const destination = await mkdtemp(join(tmpdir(), 'voicehooks-packs-'))
  project.provide('tarballs', await packAll(destination))
  return () => rm(destination, { recursive: true, force: true })
}
