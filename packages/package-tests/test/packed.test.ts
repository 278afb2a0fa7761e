// The tarballs `pnpm publish` would upload, checked as a registry user gets them: arethetypeswrong
// (types under node10, node16 CJS and ESM, bundler) and publint, both printed, plus what they do not
// look at: metadata, licence, README, no workspace leftovers, bins, the web entries' imports.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { publint } from 'publint'
import { formatMessage } from 'publint/utils'
import { describe, expect, inject, it } from 'vitest'
import { run } from '../src/exec.js'
import { bareImports, type Unpacked, unpack } from '../src/unpack.js'
import { type Manifest, publishedPackages, WORKSPACE_ROOT } from '../src/workspace.js'

const here = fileURLToPath(new URL('..', import.meta.url))
const attw = join(here, 'node_modules', '.bin', 'attw')
const tarballs = inject('tarballs')
const workspaceVersions = new Map(publishedPackages().map((pkg) => [pkg.name, pkg.manifest.version]))
const rootLicense = readFileSync(join(WORKSPACE_ROOT, 'LICENSE'), 'utf8')

/** `exports` with the workspace's own `@voicehooks/source` condition taken out, as publishConfig must ship them. */
function withoutSourceCondition(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== '@voicehooks/source')
      .map(([key, child]) => [key, withoutSourceCondition(child)]),
  )
}

it('packs every published package', () => {
  expect(tarballs.map((tarball) => tarball.name)).toEqual([
    '@voicehooks/client',
    '@voicehooks/codegen',
    '@voicehooks/conformance',
    '@voicehooks/contracts',
    '@voicehooks/receiver',
    '@voicehooks/signing',
  ])
})

describe.each(tarballs)('$name', (tarball) => {
  let unpacked: Unpacked
  const source = publishedPackages().find((pkg) => pkg.name === tarball.name)!.manifest

  it('resolves its types and code everywhere: attw --profile strict (the default) finds no problem', async () => {
    const outcome = await run(attw, [tarball.file, '--format', 'table-flipped'], {
      cwd: here,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    })
    console.log(`attw ${tarball.name}\n${outcome.stdout}${outcome.stderr}`)
    expect(outcome.code, outcome.stdout + outcome.stderr).toBe(0)
    expect(outcome.stdout).toMatch(/No problems found/)
  })

  it('passes publint with no error, warning or suggestion', async () => {
    unpacked ??= await unpack(tarball.file)
    const { messages, pkg } = await publint({ pkgDir: unpacked.dir, pack: false, level: 'suggestion' })
    const lines = messages.map((message) => `${message.type}: ${formatMessage(message, pkg)}`)
    console.log(`publint ${tarball.name}: ${lines.length === 0 ? 'no messages' : `\n${lines.join('\n')}`}`)
    expect(lines).toEqual([])
  })

  it('ships no workspace leftovers: no @voicehooks/source condition, no workspace: ranges, no .ts sources', async () => {
    unpacked ??= await unpack(tarball.file)
    const { exports, imports, main, module, types, typesVersions, bin } = unpacked.manifest
    expect(JSON.stringify({ exports, imports, main, module, types, typesVersions, bin })).not.toContain(
      '@voicehooks/source',
    )
    const { dependencies, peerDependencies, optionalDependencies } = unpacked.manifest
    expect(JSON.stringify({ dependencies, peerDependencies, optionalDependencies })).not.toContain(
      'workspace:',
    )
    expect(unpacked.manifest.exports).toEqual(withoutSourceCondition(source.exports))
    expect(unpacked.manifest.exports).toEqual(source.publishConfig?.exports)
    const sources = unpacked.files.filter((file) => /\.(m|c)?ts$/.test(file) && !/\.d\.(m|c)?ts$/.test(file))
    expect(sources).toEqual([])
    for (const [dependency, range] of Object.entries(unpacked.manifest.dependencies ?? {})) {
      const workspaceVersion = workspaceVersions.get(dependency)
      if (workspaceVersion !== undefined) expect(range, dependency).toBe(`^${workspaceVersion}`)
    }
  })

  it('carries its licence, a README and the metadata a registry page shows', async () => {
    unpacked ??= await unpack(tarball.file)
    expect(unpacked.files).toContain('LICENSE')
    expect(readFileSync(join(unpacked.dir, 'LICENSE'), 'utf8')).toBe(rootLicense)
    const readme = readFileSync(join(unpacked.dir, 'README.md'), 'utf8')
    expect(readme).toMatch(new RegExp(`npm install (--save-dev )?${tarball.name}\\b`))
    expect(readme).toMatch(/```ts\n[\s\S]+?\n```/)
    expect(readme).toMatch(/github\.com\/voicehooks\/voicehooks/)
    const manifest: Manifest = unpacked.manifest
    expect(manifest).toMatchObject({
      license: 'MIT',
      repository: { type: 'git', directory: expect.stringMatching(/^packages\//) },
      homepage: expect.stringMatching(/^https:\/\//),
      bugs: { url: expect.stringMatching(/^https:\/\//) },
      keywords: expect.arrayContaining(['voicehooks']),
      engines: { node: expect.stringMatching(/^>=20/) },
    })
    expect(source.publishConfig?.access).toBe('public')
  })

  it('ships every bin it declares, as an executable script', async () => {
    unpacked ??= await unpack(tarball.file)
    for (const [name, path] of Object.entries(unpacked.manifest.bin ?? {})) {
      const file = path.replace(/^\.\//, '')
      expect(unpacked.files, `bin ${name}`).toContain(file)
      expect(readFileSync(join(unpacked.dir, file), 'utf8').startsWith('#!/usr/bin/env node\n'), name).toBe(
        true,
      )
    }
  })
})

// Only the packages with an edge-runtime entry: the web entry must stay free of Node.
describe.each(
  tarballs.filter(
    (tarball) => tarball.name === '@voicehooks/signing' || tarball.name === '@voicehooks/receiver',
  ),
)('$name/web', (tarball) => {
  it('is built with nothing from node: and no Node-only entry of another package', async () => {
    const unpacked = await unpack(tarball.file)
    for (const entry of ['dist/web/index.mjs', 'dist/web/index.cjs']) {
      const reached = await bareImports(join(unpacked.dir, entry))
      const bare = [...new Set(reached.map(({ specifier }) => specifier))].sort()
      expect(bare, entry).toEqual(
        tarball.name === '@voicehooks/signing' ? [] : ['@voicehooks/contracts', '@voicehooks/signing/web'],
      )
    }
  })
})
