import { existsSync, readFileSync } from 'node:fs'

/**
 * This package's version, from the nearest package.json above this module: one level up from
 * src/ and dist/, two from the bundled CLI in dist/cli/.
 */
export const VERSION: string = readVersion()

function readVersion(): string {
  for (const path of ['../package.json', '../../package.json']) {
    const url = new URL(path, import.meta.url)
    if (!existsSync(url)) continue
    const manifest = JSON.parse(readFileSync(url, 'utf8')) as { name?: string; version?: string }
    if (manifest.name === '@voicehooks/conformance' && manifest.version) return manifest.version
  }
  return '0.0.0'
}
