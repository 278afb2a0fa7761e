import type { WebhookEvent } from '@voicehooks/contracts'

/** The data fields worth a glance, by the resource the event is about (`call` of `call.completed`). */
const FIELDS_BY_RESOURCE: Readonly<Record<string, readonly string[]>> = {
  call: [
    'call_id',
    'agent_id',
    'status',
    'outcome',
    'reason',
    'ended_reason',
    'duration_seconds',
    'tool_name',
  ],
  agent: ['agent_id', 'name', 'version', 'phone_number'],
  phone_number: ['phone_number', 'phone_number_id', 'agent_id'],
  appointment: ['appointment_id', 'customer_name', 'date', 'time', 'service'],
  message: ['message_id', 'conversation_id', 'channel', 'from'],
  conversation: ['conversation_id', 'status'],
  billing: ['amount', 'balance', 'threshold', 'currency', 'failure_reason'],
  auth: ['account_id', 'email'],
  system: ['api_key_id', 'name', 'prefix'],
  test: ['message'],
}

/**
 * One log line for a processed event: type, id, then the few fields that identify what happened,
 * e.g. `call.completed evt_01J… call_id=6f1c… agent_id=a7b8… outcome=appointment_booked duration_seconds=187`.
 */
export function summarise(event: WebhookEvent): string {
  const resource = event.type.slice(0, event.type.indexOf('.'))
  const data = event.data as unknown as Readonly<Record<string, unknown>>
  const parts = [event.type, event.id]
  for (const field of FIELDS_BY_RESOURCE[resource] ?? []) {
    const value = data[field]
    if (value === undefined || value === null || typeof value === 'object') continue
    parts.push(`${field}=${formatValue(value)}`)
  }
  return parts.join(' ')
}

function formatValue(value: unknown): string {
  const text = String(value)
  const short = text.length > 40 ? `${text.slice(0, 39)}…` : text
  return /\s/.test(short) ? JSON.stringify(short) : short
}
