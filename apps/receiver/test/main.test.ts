import { once } from 'node:events'
import { describe, expect, it } from 'vitest'
import { deliver, exampleEvent, SECRET, signEvent, waitFor } from './deliveries.js'
import { spawnReceiver } from './spawn-receiver.js'

/** `pnpm start` without pnpm: the same node flags as the package script. */
function start(env: Record<string, string>) {
  return spawnReceiver(env)
}

describe('receiver CLI (src/main.ts)', () => {
  it('exits 1 with one line naming WEBHOOK_SECRET when it is missing', async () => {
    const { child, output } = start({ PORT: '0', RECEIVER_DATA_DIR: 'memory' })
    const [code] = await once(child, 'exit')
    expect(code).toBe(1)
    const lines = output().stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^receiver: WEBHOOK_SECRET: is required/)
  })

  it('exits 1 with one line for an unusable secret', async () => {
    const { child, output } = start({ PORT: '0', RECEIVER_DATA_DIR: 'memory', WEBHOOK_SECRET: 'whsec_***' })
    const [code] = await once(child, 'exit')
    expect(code).toBe(1)
    expect(output().stderr.trim().split('\n')).toEqual([expect.stringMatching(/^receiver: .*secret/i)])
  })

  it('serves deliveries and exits 0 on SIGTERM', async () => {
    const { child, output } = start({
      PORT: '0',
      RECEIVER_DATA_DIR: 'memory',
      WEBHOOK_SECRET: `${SECRET}, whsec_b2xkLXNlY3JldC1yb3RhdGVkLWF3YXktMjQ=`,
    })
    try {
      const url = await waitFor(
        async () => /listening on (http:\/\/\S+):/.exec(output().stdout)?.[1],
        'the listening line',
        30_000,
      )
      const event = exampleEvent('test.ping')
      expect((await deliver(url, signEvent(event))).status).toBe(200)
      await waitFor(
        async () => output().stdout.includes(`processed test.ping ${event.id}`),
        'the summary line',
      )
      child.kill('SIGTERM')
      const [code] = await once(child, 'exit')
      expect(code).toBe(0)
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL')
    }
  })
})
