/**
 * The exact bytes the kit sends for an event: indented JSON with a trailing newline.
 *
 * Deliberately NOT `JSON.stringify(event)`. A receiver that parses the body and re-serialises it
 * before verifying (a common framework mistake: `JSON.stringify(req.body)`) would reproduce compact
 * bytes by accident and pass; with any other whitespace its signature check fails, as it would in
 * production the day the sender's serialiser, key order or number formatting changes. Signatures
 * cover raw bytes (DESIGN §3), so a correct receiver does not care.
 */
export function serialiseEvent(event: unknown): string {
  return `${JSON.stringify(event, null, 1)}\n`
}
