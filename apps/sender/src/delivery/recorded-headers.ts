/** What a stored header value configured by the account reads as. */
export const REDACTED = '[redacted]'

/**
 * The headers of one attempt as the delivery's page shows them: the sender's own headers (content type,
 * signatures, event, delivery, attempt) as sent, and the value of every other header (those the account
 * configured: an endpoint's `headers`, a call's `callback_args.headers`) replaced by {@link REDACTED},
 * since those often carry credentials. A signature is an HMAC, never the secret, so it is kept.
 */
export function recordedHeaders(
  sent: Readonly<Record<string, string>>,
  own: Readonly<Record<string, string>>,
): Record<string, string> {
  const recorded: Record<string, string> = {}
  for (const [name, value] of Object.entries(sent))
    recorded[name] = Object.hasOwn(own, name) ? value : REDACTED
  return recorded
}
