import type { Database } from '@voicehooks/store'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type Engine,
  insertAccount,
  insertWebhook,
  openTestStore,
  publish,
  startReceiver,
  startSmtp,
  startWorkers,
  type TestReceiver,
  testConfig,
  testEngines,
  until,
  untilStatus,
  webhookRow,
} from './fixtures.js'

const engines = await testEngines()

describe.each(engines)('auto-disable and the alert mail on %s', (engine: Engine) => {
  let store: Awaited<ReturnType<typeof openTestStore>>
  let db: Database
  let accountId: string
  let receiver: TestReceiver
  let smtp: Awaited<ReturnType<typeof startSmtp>>

  beforeAll(async () => {
    store = await openTestStore(engine)
    db = store.db
    accountId = await insertAccount(db)
    receiver = await startReceiver(() => ({ status: 500, body: 'broken' }))
    smtp = await startSmtp()
  })
  afterAll(async () => {
    await receiver?.close()
    await smtp?.close()
    await store?.close()
  })

  /** Publishes one event at a time and waits for it to fail, `n` times. */
  async function failDeliveries(webhookId: string, n: number): Promise<void> {
    for (let i = 0; i < n; i++) {
      const { deliveryIds } = await publish(db, accountId, [webhookId])
      await untilStatus(db, deliveryIds[0]!, 'failed')
    }
  }

  it('disables after N consecutive failed deliveries and mails the owner once an hour', async () => {
    const config = testConfig({
      disableAfterFailures: 3,
      smtpUrl: smtp.url,
      alertFrom: 'Voicehooks <alerts@vh.test>',
    })
    const workers = await startWorkers(db, config)
    const webhook = await insertWebhook(db, accountId, receiver.url, {
      maxAttempts: 1,
      alertEmail: 'owner@example.com',
      description: 'Bookings CRM',
    })
    try {
      await failDeliveries(webhook.id, 2)
      expect(await webhookRow(db, webhook.id)).toMatchObject({ active: true, consecutive_failures: 2 })
      // Queued for later: dropped when the endpoint is disabled.
      const later = await publish(db, accountId, [webhook.id], 'call.completed', 3_600_000)
      await failDeliveries(webhook.id, 1)

      const disabled = await webhookRow(db, webhook.id)
      expect(disabled).toMatchObject({ active: false, consecutive_failures: 3 })
      expect(disabled.disabled_reason).toBe('3 consecutive failed deliveries (last error: HTTP 500)')
      expect(disabled.last_alert_at).not.toBeNull()
      await untilStatus(db, later.deliveryIds[0]!, 'dead')

      const mail = await until(async () => smtp.mails[0], 'the alert mail')
      expect(mail.from).toBe('alerts@vh.test')
      expect(mail.to).toEqual(['owner@example.com'])
      expect(mail.subject).toBe(`[Voicehooks] Webhook "Bookings CRM" (${webhook.id}) was disabled`)
      expect(mail.text).toContain('Reason:  3 consecutive failed deliveries (last error: HTTP 500)')
      expect(mail.text).toContain(`URL:     ${receiver.url}`)
      expect(mail.text).toContain('1 queued deliveries were marked dead')
      expect(workers.metrics.deliveries.get({ outcome: 'dead' })).toBe(1)

      // Re-enabled, failing again, disabled again within the hour: no second mail.
      await db.query(
        `UPDATE webhooks SET active = true, consecutive_failures = 0, disabled_reason = NULL, disabled_at = NULL
          WHERE id = $1`,
        [webhook.id],
      )
      await failDeliveries(webhook.id, 3)
      const again = await webhookRow(db, webhook.id)
      expect(again.active).toBe(false)
      expect(again.last_alert_at).toEqual(disabled.last_alert_at)
    } finally {
      // stop() waits for alert mails still being sent, so the count below is final.
      await workers.stop({ graceMs: 2000 })
    }
    expect(smtp.mails).toHaveLength(1)
  })

  it('mails again when the last alert is more than an hour old, and resets the streak on success', async () => {
    const workers = await startWorkers(db, testConfig({ disableAfterFailures: 2, smtpUrl: smtp.url }))
    const webhook = await insertWebhook(db, accountId, receiver.url, {
      maxAttempts: 1,
      alertEmail: 'ops@example.com',
    })
    await db.query(`UPDATE webhooks SET last_alert_at = now() - interval '61 minutes' WHERE id = $1`, [
      webhook.id,
    ])
    const before = smtp.mails.length
    try {
      await failDeliveries(webhook.id, 1)
      // A success in between starts the count again.
      receiver.reply = () => ({ status: 200 })
      const ok = await publish(db, accountId, [webhook.id])
      await untilStatus(db, ok.deliveryIds[0]!, 'delivered')
      expect((await webhookRow(db, webhook.id)).consecutive_failures).toBe(0)
      receiver.reply = () => ({ status: 500 })
      await failDeliveries(webhook.id, 1)
      expect((await webhookRow(db, webhook.id)).active).toBe(true)
      await failDeliveries(webhook.id, 1)
      expect((await webhookRow(db, webhook.id)).active).toBe(false)
    } finally {
      await workers.stop({ graceMs: 2000 })
    }
    expect(smtp.mails.slice(before).map((m) => [m.to, m.subject])).toEqual([
      [['ops@example.com'], `[Voicehooks] Webhook ${webhook.id} was disabled`],
    ])
  })
})
