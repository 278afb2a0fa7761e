import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from './config.js'

describe('loadConfig', () => {
  it('applies the defaults', () => {
    expect(loadConfig({ WEBHOOK_SECRET: 'whsec_abc' })).toEqual({
      port: 3000,
      host: '127.0.0.1',
      secrets: ['whsec_abc'],
      scheme: 'standard',
      prefix: undefined,
      databaseUrl: undefined,
      dataDir: '.data/receiver',
    })
  })

  it('reads every variable; a comma-separated secret is a rotation', () => {
    const config = loadConfig({
      WEBHOOK_SECRET: 'whsec_new, whsec_old,',
      PORT: '8443',
      HOST: '0.0.0.0',
      WEBHOOK_SCHEME: 't-v1',
      WEBHOOK_PREFIX: 'Acme',
      DATABASE_URL: 'postgres://db/receiver',
      RECEIVER_DATA_DIR: 'memory',
    })
    expect(config).toEqual({
      port: 8443,
      host: '0.0.0.0',
      secrets: ['whsec_new', 'whsec_old'],
      scheme: 't-v1',
      prefix: 'Acme',
      databaseUrl: 'postgres://db/receiver',
      dataDir: 'memory',
    })
  })

  it.each([
    [{}, 'WEBHOOK_SECRET', /is required/],
    [{ WEBHOOK_SECRET: ' , ' }, 'WEBHOOK_SECRET', /is required/],
    [
      { WEBHOOK_SECRET: 'whsec_a', WEBHOOK_SCHEME: 'sha1' },
      'WEBHOOK_SCHEME',
      /"sha1" is not a signature scheme/,
    ],
    [{ WEBHOOK_SECRET: 'whsec_a', PORT: 'eighty' }, 'PORT', /"eighty" must be a whole number/],
  ])('names the variable at fault: %j', (env, variable, message) => {
    let error: unknown
    try {
      loadConfig(env)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ConfigError)
    expect(error).toMatchObject({ variable, message: expect.stringMatching(message) })
    expect((error as Error).message).not.toContain('\n')
  })
})
