import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testIo } from '../../test/cli-io.js'
import { ConfigError } from './cli-errors.js'
import { DEFAULT_API_URL, resolveConfig } from './config.js'

let root: string
let cwd: string
let home: string

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'vh-config-'))
  cwd = join(root, 'project')
  home = join(root, 'home')
  await mkdir(cwd, { recursive: true })
  await mkdir(join(home, '.config', 'voicehooks'), { recursive: true })
})
afterEach(() => rm(root, { recursive: true, force: true }))

const userFile = () => join(home, '.config', 'voicehooks', 'config.json')
const projectFile = () => join(cwd, '.voicehooks.json')
const write = (path: string, value: unknown) =>
  writeFile(path, typeof value === 'string' ? value : JSON.stringify(value))

describe('resolveConfig precedence: flags > env > file', () => {
  it('uses the default URL and no key when nothing is configured', async () => {
    const config = await resolveConfig(testIo({ cwd, home }), {})
    expect(config).toEqual({
      apiUrl: DEFAULT_API_URL,
      apiKey: undefined,
      sources: { apiUrl: 'default', apiKey: undefined },
      files: [],
    })
  })

  it('reads the user config file', async () => {
    await write(userFile(), { apiUrl: 'https://user.example', apiKey: 'vhk_user' })
    const config = await resolveConfig(testIo({ cwd, home }), {})
    expect(config).toMatchObject({ apiUrl: 'https://user.example', apiKey: 'vhk_user', files: [userFile()] })
    expect(config.sources).toEqual({ apiUrl: 'file', apiKey: 'file' })
  })

  it('lets ./.voicehooks.json override the user file field by field', async () => {
    await write(userFile(), { apiUrl: 'https://user.example', apiKey: 'vhk_user' })
    await write(projectFile(), { apiKey: 'vhk_project' })
    const config = await resolveConfig(testIo({ cwd, home }), {})
    expect(config).toMatchObject({ apiUrl: 'https://user.example', apiKey: 'vhk_project' })
    expect(config.files).toEqual([projectFile(), userFile()])
  })

  it('honours XDG_CONFIG_HOME for the user file', async () => {
    const xdg = join(root, 'xdg')
    await mkdir(join(xdg, 'voicehooks'), { recursive: true })
    await write(join(xdg, 'voicehooks', 'config.json'), { apiKey: 'vhk_xdg' })
    const config = await resolveConfig(testIo({ cwd, home, env: { XDG_CONFIG_HOME: xdg } }), {})
    expect(config.apiKey).toBe('vhk_xdg')
  })

  it('lets the environment override files, and flags override both', async () => {
    await write(projectFile(), { apiUrl: 'https://file.example', apiKey: 'vhk_file' })
    const env = { VOICEHOOKS_API_URL: 'https://env.example', VOICEHOOKS_API_KEY: 'vhk_env' }
    const fromEnv = await resolveConfig(testIo({ cwd, home, env }), {})
    expect(fromEnv).toMatchObject({
      apiUrl: 'https://env.example',
      apiKey: 'vhk_env',
      sources: { apiUrl: 'env', apiKey: 'env' },
    })
    const fromFlags = await resolveConfig(testIo({ cwd, home, env }), { apiKey: 'vhk_flag' })
    expect(fromFlags).toMatchObject({
      apiUrl: 'https://env.example',
      apiKey: 'vhk_flag',
      sources: { apiUrl: 'env', apiKey: 'flag' },
    })
  })

  it('treats an empty variable as unset', async () => {
    await write(projectFile(), { apiKey: 'vhk_file' })
    const config = await resolveConfig(testIo({ cwd, home, env: { VOICEHOOKS_API_KEY: '' } }), {})
    expect(config.apiKey).toBe('vhk_file')
  })

  it('reads only --config FILE when given, relative to the working folder', async () => {
    await write(projectFile(), { apiKey: 'vhk_project' })
    await write(join(cwd, 'ci.json'), { apiUrl: 'https://ci.example' })
    const config = await resolveConfig(testIo({ cwd, home }), { config: 'ci.json' })
    expect(config).toMatchObject({
      apiUrl: 'https://ci.example',
      apiKey: undefined,
      files: [join(cwd, 'ci.json')],
    })
  })
})

describe('resolveConfig errors', () => {
  it('fails when --config names a missing file', async () => {
    await expect(resolveConfig(testIo({ cwd, home }), { config: 'nope.json' })).rejects.toThrow(
      /cannot read config file .*nope\.json/,
    )
  })

  it('names the file holding invalid JSON', async () => {
    await write(projectFile(), '{ apiKey: ')
    const error = await resolveConfig(testIo({ cwd, home }), {}).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as Error).message).toContain(`config file ${projectFile()} is not valid JSON`)
  })

  it('refuses non-string values and non-object files', async () => {
    await write(projectFile(), { apiKey: 42 })
    await expect(resolveConfig(testIo({ cwd, home }), {})).rejects.toThrow('apiKey must be a string')
    await write(projectFile(), ['x'])
    await expect(resolveConfig(testIo({ cwd, home }), {})).rejects.toThrow('must hold a JSON object')
  })

  it('refuses a URL that is not http(s), naming where it came from', async () => {
    await expect(resolveConfig(testIo({ cwd, home }), { apiUrl: 'ftp://x' })).rejects.toThrow(
      'API URL "ftp://x" (from flag) must be http: or https:',
    )
    await expect(
      resolveConfig(testIo({ cwd, home, env: { VOICEHOOKS_API_URL: 'not a url' } }), {}),
    ).rejects.toThrow('(from env) is not a valid URL')
  })
})
