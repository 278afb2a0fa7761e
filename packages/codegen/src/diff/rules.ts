/** How a change affects the people on one side of the contract. */
export type Severity = 'breaking' | 'warning' | 'compatible'

/** Who reads or writes what changed. */
export type Audience = 'receivers' | 'clients'

/**
 * Every kind of change the diff knows, and its severity. The wording is from the reader's side:
 * receivers read events; API clients write requests and read responses. One table, so the
 * classification can be read (and reviewed) in one place.
 */
export const RULES = {
  // The surface: events and operations.
  'event-removed': { audience: 'receivers', severity: 'breaking', title: 'event removed' },
  'event-renamed': { audience: 'receivers', severity: 'breaking', title: 'event renamed' },
  'event-added': { audience: 'receivers', severity: 'compatible', title: 'event added' },
  'operation-removed': { audience: 'clients', severity: 'breaking', title: 'operation removed' },
  'operation-added': { audience: 'clients', severity: 'compatible', title: 'operation added' },
  'response-removed': { audience: 'clients', severity: 'breaking', title: 'success response removed' },
  'request-body-made-required': {
    audience: 'clients',
    severity: 'breaking',
    title: 'request body made required',
  },

  // What a reader gets (event payloads for receivers, responses for clients).
  'field-removed': { severity: 'breaking', title: 'field removed' },
  'field-renamed': { severity: 'breaking', title: 'field renamed' },
  'field-made-optional': { severity: 'breaking', title: 'field that was always sent made optional' },
  'field-added': { severity: 'compatible', title: 'field added' },
  'field-made-required': { severity: 'compatible', title: 'field now always sent' },
  'type-changed': { severity: 'breaking', title: 'type changed' },
  'type-narrowed': { severity: 'compatible', title: 'type narrowed' },
  'format-changed': { severity: 'breaking', title: 'format changed' },
  'format-added': { severity: 'compatible', title: 'format added' },
  'pattern-changed': { severity: 'breaking', title: 'pattern changed' },
  'pattern-added': { severity: 'compatible', title: 'pattern added' },
  'enum-value-added': { severity: 'warning', title: 'enum value added (exhaustive switches notice it)' },
  'enum-value-removed': { severity: 'compatible', title: 'enum value no longer sent' },
  'const-changed': { severity: 'breaking', title: 'constant changed' },

  // What a writer sends (request bodies and parameters for clients).
  'request-field-added-required': {
    audience: 'clients',
    severity: 'breaking',
    title: 'request field added as required',
  },
  'request-field-made-required': {
    audience: 'clients',
    severity: 'breaking',
    title: 'request field made required',
  },
  'request-field-added': {
    audience: 'clients',
    severity: 'compatible',
    title: 'optional request field added',
  },
  'request-field-made-optional': {
    audience: 'clients',
    severity: 'compatible',
    title: 'request field made optional',
  },
  'request-field-removed': {
    audience: 'clients',
    severity: 'warning',
    title: 'request field removed (ignored from now on)',
  },
  'request-field-refused': {
    audience: 'clients',
    severity: 'breaking',
    title: 'request field removed and refused',
  },
  'request-field-renamed': { audience: 'clients', severity: 'breaking', title: 'request field renamed' },
  'request-enum-narrowed': { audience: 'clients', severity: 'breaking', title: 'request enum narrowed' },
  'request-enum-widened': { audience: 'clients', severity: 'compatible', title: 'request enum widened' },
  'request-type-changed': { audience: 'clients', severity: 'breaking', title: 'request type changed' },
  'request-type-widened': { audience: 'clients', severity: 'compatible', title: 'request type widened' },
  'request-format-changed': { audience: 'clients', severity: 'breaking', title: 'request format changed' },
  'request-format-removed': {
    audience: 'clients',
    severity: 'compatible',
    title: 'request format no longer checked',
  },
  'request-pattern-changed': { audience: 'clients', severity: 'breaking', title: 'request pattern changed' },
  'request-pattern-removed': {
    audience: 'clients',
    severity: 'compatible',
    title: 'request pattern no longer checked',
  },
  'request-const-changed': { audience: 'clients', severity: 'breaking', title: 'request constant changed' },
} as const satisfies Record<string, { audience?: Audience; severity: Severity; title: string }>

export type Rule = keyof typeof RULES

/** One classified difference between two versions of the contract. */
export interface SpecChange {
  audience: Audience
  severity: Severity
  rule: Rule
  /** The event, message or operation it is in: `call.completed`, `POST /v1/webhooks`. */
  where: string
  /** The position inside it: `/data/duration_seconds`, `request /url`, `response 201 /secret`. */
  path: string
  /** One readable sentence. */
  message: string
}
