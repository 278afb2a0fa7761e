import { join, resolve } from 'node:path'
import { ConfigError } from './cli-errors.js'
import type { CliIo } from './io.js'

/** Where a configuration value came from, for `voicehooks config` style diagnostics and errors. */
export type ConfigSource = 'flag' | 'env' | 'file' | 'default'

/** The resolved CLI configuration. */
export interface CliConfig {
  apiUrl: string
  apiKey: string | undefined
  sources: { apiUrl: ConfigSource; apiKey: ConfigSource | undefined }
  /** Config files read, most specific first. */
  files: string[]
}

/** Flags that carry configuration. */
export interface ConfigFlags {
  apiUrl?: string | undefined
  apiKey?: string | undefined
  config?: string | undefined
}

/** Used when no flag, variable or file names the API: the sender's default local address. */
export const DEFAULT_API_URL = 'http://127.0.0.1:8080'

interface FileConfig {
  apiUrl?: string
  apiKey?: string
}

const isMissing = (error: unknown) => (error as { code?: unknown } | null)?.code === 'ENOENT'

async function readConfigFile(io: CliIo, path: string, required: boolean): Promise<FileConfig | undefined> {
  let text: string
  try {
    text = await io.readText(path)
  } catch (error) {
    if (!required && isMissing(error)) return undefined
    throw new ConfigError(`cannot read config file ${path}: ${(error as Error).message}`)
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    throw new ConfigError(`config file ${path} is not valid JSON: ${(error as Error).message}`)
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ConfigError(`config file ${path} must hold a JSON object like {"apiUrl": "…", "apiKey": "…"}`)
  }
  const config: FileConfig = {}
  for (const key of ['apiUrl', 'apiKey'] as const) {
    const value = (parsed as Record<string, unknown>)[key]
    if (value === undefined) continue
    if (typeof value !== 'string') throw new ConfigError(`config file ${path}: ${key} must be a string`)
    config[key] = value
  }
  return config
}

/** The config files consulted, most specific first: `--config FILE` alone, else `./.voicehooks.json` then the user's. */
export function configFilePaths(io: CliIo, explicit: string | undefined): string[] {
  if (explicit) return [resolve(io.cwd, explicit)]
  const configHome = io.env['XDG_CONFIG_HOME'] || join(io.home, '.config')
  return [join(io.cwd, '.voicehooks.json'), join(configHome, 'voicehooks', 'config.json')]
}

function checkUrl(url: string, source: ConfigSource): string {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new ConfigError(`API URL "${url}" (from ${source}) is not a valid URL`)
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new ConfigError(`API URL "${url}" (from ${source}) must be http: or https:`)
  }
  return url
}

/**
 * Resolves the API URL and key, each on its own: flags win over `VOICEHOOKS_API_URL` /
 * `VOICEHOOKS_API_KEY`, which win over the config file(s). An explicit `--config` file must exist.
 */
export async function resolveConfig(io: CliIo, flags: ConfigFlags): Promise<CliConfig> {
  const paths = configFilePaths(io, flags.config)
  const files: string[] = []
  let fromFile: FileConfig = {}
  // Read least specific first so more specific files override field by field.
  for (const path of [...paths].reverse()) {
    const config = await readConfigFile(io, path, flags.config !== undefined)
    if (!config) continue
    files.unshift(path)
    fromFile = { ...fromFile, ...config }
  }
  const pick = (flag: string | undefined, env: string | undefined, file: string | undefined) => {
    if (flag) return { value: flag, source: 'flag' as const }
    if (env) return { value: env, source: 'env' as const }
    if (file) return { value: file, source: 'file' as const }
    return undefined
  }
  const url = pick(flags.apiUrl, io.env['VOICEHOOKS_API_URL'], fromFile.apiUrl) ?? {
    value: DEFAULT_API_URL,
    source: 'default' as const,
  }
  const key = pick(flags.apiKey, io.env['VOICEHOOKS_API_KEY'], fromFile.apiKey)
  return {
    apiUrl: checkUrl(url.value, url.source),
    apiKey: key?.value,
    sources: { apiUrl: url.source, apiKey: key?.source },
    files,
  }
}
