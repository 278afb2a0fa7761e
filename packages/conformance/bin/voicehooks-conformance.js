#!/usr/bin/env node
// Runs the CLI inside this repository: the build (dist/) when there is one, else the TypeScript
// source through tsx with the `@voicehooks/source` export condition, so no build step is needed to try it.
// Published installs run dist/cli/bin.js directly (package.json "bin").
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const built = new URL('../dist/cli/bin.mjs', import.meta.url)
if (existsSync(fileURLToPath(built))) {
  await import(built.href)
} else {
  const source = fileURLToPath(new URL('../src/cli/bin.ts', import.meta.url))
  const args = [
    '--conditions=@voicehooks/source',
    '--import',
    import.meta.resolve('tsx'),
    source,
    ...process.argv.slice(2),
  ]
  const { status, signal } = spawnSync(process.execPath, args, { stdio: 'inherit' })
  process.exitCode = status ?? (signal ? 1 : 2)
}
