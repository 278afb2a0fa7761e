import nodemailer from 'nodemailer'
import type { Logger } from 'pino'

/** One plain-text mail. */
export interface AlertMail {
  to: string
  subject: string
  text: string
}

/** Sends operator alerts. */
export interface AlertMailer {
  send(mail: AlertMail): Promise<void>
  close(): void
}

export interface AlertMailerOptions {
  /** `smtp://host:port` or `smtps://user:pass@host:465`; unset: alerts are logged, not mailed. */
  smtpUrl: string | undefined
  from: string
  logger: Logger
}

/**
 * Mails alerts over SMTP with nodemailer (one pooled transport per process). Without an SMTP URL
 * the alert is logged at warn level instead, so a development sender still shows it.
 */
export function createAlertMailer(options: AlertMailerOptions): AlertMailer {
  const { smtpUrl, from, logger } = options
  if (!smtpUrl) {
    return {
      async send(mail) {
        logger.warn({ to: mail.to, subject: mail.subject }, 'alert not mailed: SMTP_URL is not set')
      },
      close() {},
    }
  }
  const transport = nodemailer.createTransport(smtpUrl)
  return {
    async send(mail) {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text })
      logger.info({ to: mail.to, subject: mail.subject }, 'alert mailed')
    },
    close() {
      transport.close()
    },
  }
}
