import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

/** The repository root. */
export const WORKSPACE_ROOT = fileURLToPath(new URL('../../..', import.meta.url))

/** What a package.json holds, as far as these tests read it. */
export interface Manifest {
  name: string
  version: string
  private?: boolean
  license?: string
  engines?: { node?: string }
  bin?: Record<string, string>
  exports?: Record<string, unknown>
  publishConfig?: { access?: string; exports?: Record<string, unknown> }
  dependencies?: Record<string, string>
  [field: string]: unknown
}

/** A package the workspace publishes to npm. */
export interface PublishedPackage {
  name: string
  dir: string
  manifest: Manifest
}

/** Every workspace package under packages/ that is not private: what `pnpm release` publishes. */
export function publishedPackages(): PublishedPackage[] {
  const root = join(WORKSPACE_ROOT, 'packages')
  return readdirSync(root)
    .map((name) => join(root, name))
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .map((dir) => ({
      dir,
      manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest,
    }))
    .filter(({ manifest }) => manifest.private !== true)
    .map(({ dir, manifest }) => ({ name: manifest.name, dir, manifest }))
    .sort((a, b) => a.name.localeCompare(b.name))
}

/** The version the pnpm catalog pins for `name`, so consumer projects use the workspace's tools. */
export function catalogVersion(name: string): string {
  const workspace = parse(readFileSync(join(WORKSPACE_ROOT, 'pnpm-workspace.yaml'), 'utf8')) as {
    catalog?: Record<string, string>
  }
  const version = workspace.catalog?.[name]
  if (version === undefined) throw new Error(`pnpm-workspace.yaml has no catalog entry for ${name}`)
  return version
}
