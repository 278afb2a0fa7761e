export { type DisabledEndpoint, disableAlertMail } from './disable-alert.js'
export { type AlertMail, type AlertMailer, type AlertMailerOptions, createAlertMailer } from './mailer.js'
