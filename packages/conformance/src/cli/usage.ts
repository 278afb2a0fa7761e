/** Thrown for a command line that cannot run: the CLI prints the message on one line and exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
  readonly code = 'usage'
}

export const USAGE = `Usage:
  voicehooks-conformance test --url URL --secret SECRET [options]
  voicehooks-conformance validate FILE...

test: sends every catalog example correctly signed (each must get 2xx within the deadline), then
attacks (forged, tampered, stale, future-dated, header-less deliveries must get 4xx, ideally 401),
a duplicate and an unknown event type (both 2xx).
  --url URL          the receiver endpoint
  --secret SECRET    the endpoint's whsec_… secret (default: $VOICEHOOKS_WEBHOOK_SECRET)
  --scheme S         standard (default), hmac-sha256-hex, t-v1 or body-hex
  --prefix P         {Prefix} of the X-{Prefix}-* headers (default Voicehooks)
  --deadline MS      each answer must arrive within MS milliseconds (default 3000)
  --junit FILE       also write JUnit XML to FILE
  --only CHECKS      comma-separated check names or groups (examples, signature, timestamp, headers, delivery)
  --json             print the report as JSON instead of a table

validate: checks captured payloads against the contract. A FILE holds one JSON event, a JSON
array of events, or NDJSON (one event a line; .ndjson/.jsonl or detected). Prints
"file:line event-id type: path message" for every fault.

Exit status: 0 all passed, 1 a check failed or a payload breaks the contract, 2 usage or input error.`
