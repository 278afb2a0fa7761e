// THIS FILE IS GENERATED - DO NOT EDIT DIRECTLY
// Types: made by `pnpm codegen` (packages/codegen) from specs/.
// Change the spec or the generator, then run `pnpm codegen`; CI runs `pnpm codegen:check`.

/**
 * A phone number in E.164 format: a plus sign, the country code and the subscriber number, no spaces or punctuation, at most 15 digits (for example +14155550123).
 */
export type E164PhoneNumber = string
/**
 * The names of the fields that changed, as dotted paths for nested settings (for example `prompt`, `voice.speed`). Never empty.
 *
 * @minItems 1
 */
export type ChangedFields = [string, ...string[]]
/**
 * The appointment's status after the change this event reports.
 */
export type AppointmentStatus =
  'scheduled' | 'confirmed' | 'rescheduled' | 'cancelled' | 'completed' | 'no_show'
/**
 * An ISO 4217 three-letter currency code in upper case (for example USD, EUR, INR).
 */
export type CurrencyCode = string
/**
 * Who placed the call: `inbound` when a person called one of the account's numbers, `outbound` when the agent dialled out.
 */
export type CallDirection = 'inbound' | 'outbound'
/**
 * How a call finished: `completed` (connected and ended normally, including transfers), `no_answer`, `busy`, `failed` (could not be connected or broke off on an error) or `cancelled` (withdrawn before it connected).
 */
export type CallEndStatus = 'completed' | 'no_answer' | 'busy' | 'failed' | 'cancelled'
/**
 * The caller's overall sentiment over the conversation, as judged by post-call analysis.
 */
export type Sentiment = 'positive' | 'neutral' | 'negative' | 'mixed'
/**
 * The messaging channel a conversation runs on.
 */
export type MessageChannel = 'sms' | 'whatsapp' | 'web_chat' | 'email'

/**
 * The JSON body of every webhook delivery. `data` is defined per event type. Receivers must ignore fields they do not know: new optional fields are added without a new `api_version`.
 *
 * This interface was referenced by `VoicehooksContractsRoot`'s JSON-Schema
 * via the `definition` "EventEnvelope".
 */
export interface EventEnvelope {
  /**
   * The event id (`evt_` and a ULID). Unique per event and the same on every retry and on every endpoint the event goes to, so use it to deduplicate. Also sent as the `webhook-id` header.
   */
  id: string
  /**
   * The event type, `resource.action` in snake_case (for example `call.completed`).
   */
  type: string
  /**
   * The same value as `type`, for receivers written against platforms that name the field `event`.
   */
  event: string
  /**
   * When the event happened (not when this delivery was sent), RFC 3339 in UTC.
   */
  timestamp: string
  /**
   * The version of this contract the payload follows (the AsyncAPI document's `info.version`), a date such as `2026-11-01`.
   */
  api_version: string
  /**
   * The account the event belongs to (`acct_` and a ULID).
   */
  account_id: string
  /**
   * The webhook endpoint this delivery was sent to (`wh_` and a ULID); differs between endpoints receiving the same event.
   */
  webhook_id: string
  /**
   * The event's own payload; its schema depends on `type`.
   */
  data: {}
}
/**
 * A new agent. It takes no calls until a version is published (`agent.published`).
 *
 * This interface was referenced by `VoicehooksContractsRoot`'s JSON-Schema
 * via the `definition` "AgentCreatedData".
 */
export interface AgentCreatedData {
  /**
   * The new agent's id.
   */
  agent_id: string
  /**
   * The agent's display name.
   */
  name: string
  /**
   * The agent's draft configuration version, 1 for a new agent.
   */
  version: number
  /**
   * Who created the agent.
   */
  updated_by: Actor
  /**
   * When the agent was created, RFC 3339 in UTC.
   */
  created_at: string
}
/**
 * Who made a change.
 */
export interface Actor {
  /**
   * The kind of actor: `user` (a person in the dashboard), `api_key` (a call to the management API), `operator` (the platform operator) or `system` (an automatic change).
   */
  type: 'user' | 'api_key' | 'operator' | 'system'
  /**
   * The actor's id: the user's id, the API key's id (`key_…`), or null for `operator` and `system`.
   */
  id: string | null
  /**
   * A display name (the user's name or the API key's name), when known.
   */
  name?: string | null
  /**
   * The user's e-mail address, for `user` actors.
   */
  email?: string | null
}
/**
 * An agent that cannot continue because of a fatal runtime error, such as its language-model or voice provider failing repeatedly.
 *
 * This interface was referenced by `VoicehooksContractsRoot`'s JSON-Schema
 * via the `definition` "AgentFailedData".
 */
export interface AgentFailedData {
  /**
   * The agent's id.
   */
  agent_id: string
  /**
   * The live configuration version that failed.
   */
  version: number
  /**
   * What failed: `error.code` is stable (for example `llm_provider_error`, `voice_provider_error`, `tool_configuration_error`), `error.message` is for people.
   */
  error: ErrorDetail
  /**
   * When the agent failed, RFC 3339 in UTC.
   */
  failed_at: string
  /**
   * The call in progress when the agent failed; null when it failed outside a call.
   */
  call_id: string | null
}
/**
 * A machine-readable error code with a human-readable message.
 */
export interface ErrorDetail {
  /**
   * A stable snake_case code to branch on (for example `llm_provider_error`).
   */
  code: string
  /**
   * A human-readable explanation; wording may change, do not parse it.
   */
  message: string
}
/**
 * A phone number attached to an agent; inbound calls to that number now reach the agent.
 *
 * This interface was referenced by `VoicehooksContractsRoot`'s JSON-Schema
 * via the `definition` "AgentNumberAssignedData".
 */
export interface AgentNumberAssignedData {
  /**
   * The agent the number is now attached to.
   */
  agent_id: string
  /**
   * The phone number's id.
   */
  phone_number_id: string
  /**
   * The phone number.
   */
  phone_number: E164PhoneNumber
  /**
   * When the number was attached, RFC 3339 in UTC.
   */
  assigned_at: string
  /**
   * The agent the number was taken from; null when it was not attached to one.
   */
  previous_agent_id: string | null
}
/**
 * An agent version that was published and is now live; new calls use it from `published_at` on.
 *
 * This interface was referenced by `VoicehooksContractsRoot`'s JSON-Schema
 * via the `definition` "AgentPublishedData".
 */
export interface AgentPublishedData {
  /**
   * The agent's id.
   */
  agent_id: string
  /**
   * The configuration version now live.
   */
  version: number
  /**
   * When the version went live, RFC 3339 in UTC.
   */
  published_at: string
  /**
   * The agent's display name in the published version.
   */
  name: string
  /**
   * The version that was live before; null on the agent's first publication.
   */
  previous_version: number | null
  /**
   * Who published the version.
   */
  published_by: Actor
}
/**
 * An agent whose configuration was saved with changes, through the API or the dashboard. The changes take effect on calls once the version is published (`agent.published`).
 *
 * This interface was referenced by `VoicehooksContractsRoot`'s JSON-Schema
 * via the `definition` "AgentUpdatedData".
 */
export interface AgentUpdatedData {
  /**
   * The agent's id.
   */
  agent_id: string
  /**
   * The agent's display name after the change.
   */
  name: string
  /**
   * The configuration version this change created.
   */
  version: number
  /**
   * The configuration fields that changed, for example `prompt` or `voice.speed`.
   */
  changed_fields: ChangedFields
  /**
   * Who saved the change.
   */
  updated_by: Actor
  /**
   * When the change was saved, RFC 3339 in UTC.
   */
  updated_at: string
}
/**
 * An appointment that was cancelled, by the customer, the business or automatically.
 *
 * This interface was referenced by `VoicehooksContractsRoot`'s JSON-Schema
 * via the `definition` "AppointmentCancelledData".
 */
export interface AppointmentCancelledData {
  /**
   * The appointment's id; the same on every event of the appointment.
   */
  appointment_id: string
  /**
   * The call during which the agent booked the appointment; null when it was booked another way.
   */
  call_id: string | null
  /**
   * The customer's full name.
   */
  customer_name: string
  /**
   * The customer's phone number.
   */
  customer_phone: E164PhoneNumber
  /**
   * The customer's e-mail address; null when they did not give one.
   */
  customer_email: string | null
  /**
   * The appointment's date (`YYYY-MM-DD`) in `timezone`.
   */
  date: string
  /**
   * The appointment's start time (`HH:MM`, 24-hour clock) in `timezone`.
   */
  time: string
  /**
   * The IANA time zone `date` and `time` are in (for example `America/Los_Angeles`).
   */
  timezone: string
  /**
   * The service booked, as the business names it.
   */
  service: string
  /**
   * How long the appointment lasts, in minutes.
   */
  duration_minutes: number
  /**
   * Free-text notes taken when booking; null when there are none.
   */
  notes: string | null
  /**
   * The appointment's status, `cancelled`.
   */
  status: AppointmentStatus
  /**
   * Who cancelled: `customer` (on a call, by message or online), `business` (a person at the business) or `system` (automatically, for example when a booking was never confirmed).
   */
  cancelled_by: 'customer' | 'business' | 'system'
  /**
   * Why the appointment was cancelled, when a reason was given; null otherwise.
   */
  cancellation_reason: string | null
  /**
   * When the appointment was cancelled, RFC 3339 in UTC.
   */
  cancelled_at: string
}
/**
 * A newly booked appointment, usually booked by the agent during a call (`call_id` names it).
 *
 * This interface was referenced by `VoicehooksContractsRoot`'s JSON-Schema
 * via the `definition` "AppointmentCreatedData".
 */
export interface AppointmentCreatedData {
  /**
   * The appointment's id; the same on every event of the appointment.
   */
  appointment_id: string
  /**
   * The call during which the agent booked the appointment; null when it was booked another way.
   */
  call_id: string | null
  /**
   * The customer's full name.
   */
  customer_name: string
  /**
   * The customer's phone number.
   */
  customer_phone: E164PhoneNumber
  /**
   * The customer's e-mail address; null when they did not give one.
   */
  customer_email: string | null
  /**
   * The appointment's date (`YYYY-MM-DD`) in `timezone`.
   */
  date: string
  /**
   * The appointment's start time (`HH:MM`, 24-hour clock) in `timezone`.
   */
  time: string
  /**
   * The IANA time zone `date` and `time` are in (for example `America/Los_Angeles`).
   */
  timezone: string
  /**
   * The service booked, as the business names it.
   */
  service: string
  /**
   * How long the appointment lasts, in minutes.
   */
  duration_minutes: number
  /**
   * Free-text notes taken when booking; null when there are none.
   */
  notes: string | null
  /**
   * The appointment's status once booked, usually `scheduled`.
   */
  status: AppointmentStatus
  /**
   * When the appointment was booked, RFC 3339 in UTC.
   */
  created_at: string
}
/**
 * An upcoming appointment the platform just sent the customer a reminder for.
 *
 * This interface was referenced by `VoicehooksContractsRoot`'s JSON-Schema
 * via the `definition` "AppointmentReminderData".
 */
export interface AppointmentReminderData {
  /**
   * The appointment's id; the same on every event of the appointment.
   */
  appointment_id: string
  /**
   * The call during which the agent booked the appointment; null when it was booked another way.
   */
  call_id: string | null
  /**
   * The customer's full name.
   */
  customer_name: string
  /**
   * The customer's phone number.
   */
  customer_phone: E164PhoneNumber
  /**
   * The customer's e-mail address; null when they did not give one.
   */
  customer_email: string | null
  /**
   * The appointment's date (`YYYY-MM-DD`) in `timezone`.
   */
  date: string
  /**
   * The appointment's start time (`HH:MM`, 24-hour clock) in `timezone`.
   */
  time: string
  /**
   * The IANA time zone `date` and `time` are in (for example `America/Los_Angeles`).
   */
  timezone: string
  /**
   * The service booked, as the business names it.
   */
  service: string
  /**
   * How long the appointment lasts, in minutes.
   */
  duration_minutes: number
  /**
   * Free-text notes taken when booking; null when there are none.
   */
  notes: string | null
  /**
   * The appointment's status when the reminder was sent.
   */
  status: AppointmentStatus
  /**
   * How the reminder was sent; `voice_call` means the agent called the customer.
   */
  reminder_channel: 'sms' | 'whatsapp' | 'email' | 'voice_call'
  /**
   * When the reminder was sent, RFC 3339 in UTC.
   */
  reminder_sent_at: string
}
/**
 * An appointment that was rescheduled or whose details changed. The fields carry the new values; `changed_fields` and `previous_date`/`previous_time` say what changed.
 *
 * This interface was referenced by `VoicehooksContractsRoot`'s JSON-Schema
 * via the `definition` "AppointmentUpdatedData".
 */
export interface AppointmentUpdatedData {
  /**
   * The appointment's id; the same on every event of the appointment.
   */
  appointment_id: string
  /**
   * The call during which the agent booked the appointment; null when it was booked another way.
   */
  call_id: string | null
  /**
   * The customer's full name.
   */
  customer_name: string
  /**
   * The customer's phone number.
   */
  customer_phone: E164PhoneNumber
  /**
   * The customer's e-mail address; null when they did not give one.
   */
  customer_email: string | null
  /**
   * The appointment's date (`YYYY-MM-DD`) in `timezone`.
   */
  date: string
  /**
   * The appointment's start time (`HH:MM`, 24-hour clock) in `timezone`.
   */
  time: string
  /**
   * The IANA time zone `date` and `time` are in (for example `America/Los_Angeles`).
   */
  timezone: string
  /**
   * The service booked, as the business names it.
   */
  service: string
  /**
   * How long the appointment lasts, in minutes.
   */
  duration_minutes: number
  /**
   * Free-text notes taken when booking; null when there are none.
   */
  notes: string | null
  /**
   * The appointment's status after the change (`rescheduled` when the date or time moved).
   */
  status: AppointmentStatus
  /**
   * The appointment fields that changed, for example `time` or `service`.
   */
  changed_fields: ChangedFields
  /**
   * The appointment's date before this change (equal to `date` when the date did not change).
   */
  previous_date: string
  /**
   * The appointment's start time before this change (equal to `time` when the time did not change).
   */
  previous_time: string
  /**
   * When the change was made, RFC 3339 in UTC.
   */
  updated_at: string
}
/**
 * A new account whose owner signed up successfully for the first time.
 *
 * This interface was referenced by `VoicehooksContractsRoot`'s JSON-Schema
 * via the `definition` "AuthWelcomeData".
 */
export interface AuthWelcomeData {
  /**
   * The new account's id (`acct_` and a ULID), the same as the envelope's `account_id`.
   */
  account_id: string
  /**
   * The account owner's e-mail address.
   */
  email: string
  /**
   * When the account was created, RFC 3339 in UTC.
   */
  created_at: string
  /**
   * The account's display name (usually the business name), when given.
   */
  name?: string | null
}
/**
 * Reserved, not sent yet: an outbound batch (campaign) whose calls have all finished.
 *
 * This interface was referenced by `VoicehooksContractsRoot`'s JSON-Schema
 * via the `definition` "BatchCompletedData".
 */
export interface BatchCompletedData {
  /**
   * The batch's id, as in `call.initiated`'s `batch_id`.
   */
  batch_id: string
  /**
   * The batch's display name, when given.
   */
  name?: string | null
  /**
   * The agent that placed the batch's calls.
   */
  agent_id: string
  /**
   * How many calls the batch held.
   */
  total_calls: number
  /**
   * How many of them connected and completed.
   */
  completed_calls: number
  /**
   * How many of them failed after their last attempt (busy, no answer, error, …).
   */
  failed_calls: number
  /**
   * What the batch's calls cost the account in total.
   */
  cost: Money
  /**
   * When the batch's last call finished, RFC 3339 in UTC.
   */
  completed_at: string
}
/**
 * An amount of money. `amount` is a decimal number in the currency's major unit (dollars, not cents), rounded to the currency's minor unit; never negative.
 */
export interface Money {
  /**
   * The amount in major units, for example 0.53 for 53 cents.
   */
  amount: number
  /**
   * The ISO 4217 currency of `amount`.
   */
  currency: CurrencyCode
}
/**
 * Reserved, not sent yet: the prepaid balance reached zero and calls are paused.
 *
 * This interface was referenced by `VoicehooksContractsRoot`'s JSON-Schema
 * via the `definition` "BillingBalanceDepletedData".
 */
export interface BillingBalanceDepletedData {
  /**
   * The prepaid balance, in major units of `currency`: zero or below (a call in progress when the balance ran out can take it slightly negative).
   */
  balance: number
  /**
   * The currency of `balance`.
   */
  currency: CurrencyCode
  /**
   * When the balance reached zero, RFC 3339 in UTC.
   */
  depleted_at: string
  /**
   * Whether new calls are paused until the account tops up.
   */
  calls_paused: boolean
}
/**
 * The prepaid balance fell below the account's low-balance threshold (sent once per crossing).
 *
 * This interface was referenced by `VoicehooksContractsRoot`'s JSON-Schema
 * via the `definition` "BillingLowBalanceData".
 */
export interface BillingLowBalanceData {
  /**
   * The prepaid balance now, in major units of `currency`.
   */
  balance: number
  /**
   * The account's low-balance threshold, in major units of `currency`.
   */
  threshold: number
  /**
   * The currency of `balance` and `threshold`.
   */
  currency: CurrencyCode
  /**
   * Whether an automatic recharge is set up and will be attempted.
   */
  auto_topup_enabled: boolean
  /**
   * Roughly how many call minutes the balance still pays for at the account's recent rate; null when there is too little usage to estimate.
   */
  estimated_minutes_remaining?: number | null
}
/**
 * A top-up or automatic recharge that failed; the balance did not change.
 *
 * This interface was referenced by `VoicehooksContractsRoot`'s JSON-Schema
 * via the `definition` "BillingPaymentFailedData".
 */
export interface BillingPaymentFailedData {
  /**
   * The amount that could not be charged, in major units of `currency`.
   */
  amount: number
  /**
   * The currency of `amount` and `balance`.
   */
  currency: CurrencyCode
  /**
   * The prepaid balance, unchanged by the failed payment, in major units of `currency`.
   */
  balance: number
  /**
   * The payment provider's id for the attempt, for reconciliation.
   */
  payment_id: string
  /**
   * A stable snake_case code to branch on, for example `card_declined`, `insufficient_funds`, `expired_card`, `authentication_required` or `processing_error`.
   */
  failure_code: string
  /**
   * The payment provider's explanation, for people; wording may change, do not parse it.
   */
  failure_reason: string
  /**
   * True for an automatic recharge (auto top-up), false for a top-up a person made.
   */
  automatic: boolean
  /**
   * When the payment failed, RFC 3339 in UTC.
   */
  failed_at: string
  /**
   * When an automatic recharge will be tried again; null when it will not be retried.
   */
  next_retry_at: string | null
}
/**
 * A top-up payment that was captured and credited to the account's prepaid balance.
 *
 * This interface was referenced by `VoicehooksContractsRoot`'s JSON-Schema
 * via the `definition` "BillingTopupConfirmedData".
 */
export interface BillingTopupConfirmedData {
  /**
   * The amount credited, in major units of `currency` (dollars, not cents).
   */
  amount: number
  /**
   * The currency of `amount` and `balance`.
   */
  currency: CurrencyCode
  /**
   * The prepaid balance after the credit, in major units of `currency`.
   */
  balance: number
  /**
   * The payment provider's id for the payment, for reconciliation.
   */
  payment_id: string
  /**
   * How the top-up was paid.
   */
  payment_method?: 'card' | 'bank_transfer' | 'digital_wallet' | 'manual'
  /**
   * True for an automatic recharge (auto top-up), false for a top-up a person made.
   */
  automatic: boolean
  /**
   * When the payment was captured, RFC 3339 in UTC.
   */
  confirmed_at: string
  /**
   * Where the receipt can be viewed; null when the provider issued none.
   */
  receipt_url?: string | null
}
/**
 * An outbound call the callee picked up.
 *
 * This interface was referenced by `VoicehooksContractsRoot`'s JSON-Schema
 * via the `definition` "CallAnsweredData".
 */
export interface CallAnsweredData {
  /**
   * The call's id; the same on every event and callback of the call.
   */
  call_id: string
  /**
   * The agent that placed the call.
   */
  agent_id: string
  /**
   * When the callee picked up, RFC 3339 in UTC.
   */
  answered_at: string
  /**
   * What answering-machine detection heard: `human` (a person), `voicemail` (an answering machine or voicemail greeting) or `unknown` (detection is off for the agent, or was inconclusive).
   */
  answered_by: 'human' | 'voicemail' | 'unknown'
  /**
   * How long the phone rang before it was answered, in whole seconds.
   */
  ring_duration_seconds?: number
}
/**
 * A connected call after post-call processing: its transcript, recording, outcome, the values the agent extracted and the `custom_args_values` the call was registered with.
 *
 * This interface was referenced by `VoicehooksContractsRoot`'s JSON-Schema
 * via the `definition` "CallCompletedData".
 */
export interface CallCompletedData {
  /**
   * The call's id; the same on every event and callback of the call.
   */
  call_id: string
  /**
   * The agent that handled the call.
   */
  agent_id: string
  /**
   * Whether the person called in or the agent dialled out.
   */
  direction: CallDirection
  /**
   * The customer's number: who called in (inbound) or the number the agent dialled (outbound). Null when an inbound caller withheld their number.
   */
  phone_number: E164PhoneNumber | null
  /**
   * The id of the account's phone number on the call (the one called, or the one dialled from).
   */
  phone_number_id: string
  /**
   * Connected time in whole seconds.
   */
  duration_seconds: number
  /**
   * What the call cost the account.
   */
  cost: Money
  /**
   * What the call achieved, in snake_case. Built-in outcomes are `appointment_booked`, `appointment_confirmed`, `appointment_rescheduled`, `appointment_cancelled`, `transferred_to_human`, `callback_requested`, `information_provided`, `voicemail_left`, `not_interested` and `no_outcome`; agents may define their own, so treat unknown values as `no_outcome`.
   */
  outcome: string
  /**
   * The whole transcript as plain text, one `Agent:` or `Customer:` line per turn.
   */
  transcript: string
  /**
   * Where to fetch the recording; null when recording is off for the agent or the call.
   */
  recording_url: string | null
  /**
   * The values the agent extracted, keyed by the extraction fields configured on the agent.
   */
  extracted_data: ExtractedData
  /**
   * The `custom_args_values` given when the call was registered, echoed back unchanged.
   */
  custom_args_values: CustomArgsValues
  /**
   * A short summary of the conversation; null when summaries are off for the agent (the `call.intelligence.ready` event carries the full analysis).
   */
  summary: string | null
  /**
   * When the call connected, RFC 3339 in UTC.
   */
  started_at: string
  /**
   * When the line closed, RFC 3339 in UTC.
   */
  ended_at: string
}
/**
 * Structured values the agent extracted from the conversation, keyed by the extraction fields configured on the agent (for example `appointment_date`, `customer_name`). Keys and value types depend on that configuration, so the set is open.
 */
export interface ExtractedData {
  [k: string]: unknown | undefined
}
/**
 * The `custom_args_values` given when the call was registered (template variables such as the callee's name), echoed back unchanged. An empty object when none were given.
 */
export interface CustomArgsValues {
  [k: string]: unknown | undefined
}
/**
 * A call whose line closed, whatever the reason. Sent for every call, connected or not; the transcript and recording may still be processing (`call.completed` follows for connected calls).
 *
 * This interface was referenced by `VoicehooksContractsRoot`'s JSON-Schema
 * via the `definition` "CallEndedData".
 */
export interface CallEndedData {
  /**
   * The call's id; the same on every event and callback of the call.
   */
  call_id: string
  /**
   * The agent that handled the call.
   */
  agent_id: string
  /**
   * Whether the person called in or the agent dialled out.
   */
  direction: CallDirection
  /**
   * How the call finished.
   */
  status: CallEndStatus
  /**
   * Why the line closed: `customer_hung_up`, `agent_hung_up` (the agent ended the conversation), `transferred` (handed on with the transfer tool, see `call.transferred`), `voicemail` (an answering machine picked up and the agent hung up or left a message), `no_answer`, `busy`, `invalid_number`, `silence_timeout` (nobody spoke for too long), `max_duration_reached`, `insufficient_balance` (the account ran out of credit), `cancelled` (withdrawn before it connected) or `error` (a platform, carrier or provider failure).
   */
  ended_reason:
    | 'customer_hung_up'
    | 'agent_hung_up'
    | 'transferred'
    | 'voicemail'
    | 'no_answer'
    | 'busy'
    | 'invalid_number'
    | 'silence_timeout'
    | 'max_duration_reached'
    | 'insufficient_balance'
    | 'cancelled'
    | 'error'
  /**
   * Connected time in whole seconds; 0 when the call never connected.
   */
  duration_seconds: number
  /**
   * What the call cost the account (0 when it never connected).
   */
  cost: Money
  /**
   * Where to fetch the transcript with the management API key; null when the call never connected or transcription is off.
   */
  transcript_url: string | null
  /**
   * Where to fetch the recording; null when the call never connected or recording is off.
   */
  recording_url: string | null
  /**
   * When the line closed, RFC 3339 in UTC.
   */
  ended_at: string
}
/**
 * An outbound call attempt that did not connect. Each failed attempt sends its own event; `will_retry` says whether the platform dials again under the call's retry settings.
 *
 * This interface was referenced by `VoicehooksContractsRoot`'s JSON-Schema
 * via the `definition` "CallFailedData".
 */
export interface CallFailedData {
  /**
   * The call's id; the same on every attempt, event and callback of the call.
   */
  call_id: string
  /**
   * The agent that placed the call.
   */
  agent_id: string
  /**
   * Why the attempt failed: `busy`, `no_answer`, `rejected` (the callee declined), `voicemail` (an answering machine picked up and the agent is set to hang up on voicemail), `invalid_number` (the number does not exist or is not in service), `insufficient_balance` (the account ran out of credit) or `error` (a platform, carrier or provider failure; `error` says which).
   */
  reason:
    'busy' | 'no_answer' | 'rejected' | 'voicemail' | 'invalid_number' | 'insufficient_balance' | 'error'
  /**
   * When the attempt failed, RFC 3339 in UTC.
   */
  failed_at: string
  /**
   * The account's number the call was placed from.
   */
  from_number: E164PhoneNumber
  /**
   * The number that was dialled.
   */
  to_number: E164PhoneNumber
  /**
   * The carrier's or platform's error, when there was one (always for `invalid_number` and `error`); null for plain busy, no-answer and rejected outcomes.
   */
  error: ErrorDetail | null
  /**
   * Which attempt this was, starting at 1.
   */
  attempt: number
  /**
   * Whether the platform will dial again under the call's retry settings; when false this was the last attempt.
   */
  will_retry: boolean
}
/**
 * An outbound call the agent started dialling, before anyone answered. `call.answered` or `call.failed` follows with the same `call_id`.
 *
 * This interface was referenced by `VoicehooksContractsRoot`'s JSON-Schema
 * via the `definition` "CallInitiatedData".
 */
export interface CallInitiatedData {
  /**
   * The call's id; the same on every event and callback of the call.
   */
  call_id: string
  /**
   * The agent placing the call.
   */
  agent_id: string
  /**
   * Always `outbound`, since only calls the agent dials out are initiated.
   */
  direction: 'outbound'
  /**
   * The account's number the call is placed from.
   */
  from_number: E164PhoneNumber
  /**
   * The number being dialled.
   */
  to_number: E164PhoneNumber
  /**
   * When dialling started, RFC 3339 in UTC.
   */
  initiated_at: string
  /**
   * The id of the account's phone number `from_number`.
   */
  phone_number_id: string
  /**
   * The outbound batch (campaign) the call belongs to; null for a call placed on its own.
   */
  batch_id: string | null
  /**
   * The `custom_args_values` given when the call was registered, echoed back unchanged.
   */
  custom_args_values: CustomArgsValues
}
/**
 * Post-call analysis of a call: its summary, the caller's sentiment, the extracted values and, when the agent has success criteria, the evaluation against them.
 *
 * This interface was referenced by `VoicehooksContractsRoot`'s JSON-Schema
 * via the `definition` "CallIntelligenceReadyData".
 */
export interface CallIntelligenceReadyData {
  /**
   * The call's id; the same on every event and callback of the call.
   */
  call_id: string
  /**
   * The agent that handled the call.
   */
  agent_id: string
  /**
   * How the analysed call finished.
   */
  status: CallEndStatus
  /**
   * The call's connected time in whole seconds.
   */
  duration: number
  /**
   * What the call cost the account, analysis included.
   */
  cost: Money
  /**
   * A short summary of the conversation.
   */
  summary: string
  /**
   * The caller's overall sentiment.
   */
  sentiment: Sentiment
  /**
   * The values extracted from the conversation, keyed by the extraction fields configured on the agent.
   */
  extraction: ExtractedData
  /**
   * The call scored against the agent's success criteria; null when the agent has none configured.
   */
  evaluation: {
    /**
     * The share of criteria met, weighted as configured, from 0 to 100.
     */
    score: number
    /**
     * Whether the call met the agent's pass mark.
     */
    passed: boolean
    /**
     * One verdict per success criterion, in the order configured on the agent.
     *
     * Items: The verdict on one success criterion.
     */
    criteria: {
      /**
       * The criterion, as configured on the agent.
       */
      name: string
      /**
       * Whether the call met this criterion.
       */
      passed: boolean
      /**
       * Why the analysis decided so, when it said; null otherwise.
       */
      comment: string | null
    }[]
  } | null
}
/**
 * A call, inbound or outbound, that connected: the agent has started the conversation.
 *
 * This interface was referenced by `VoicehooksContractsRoot`'s JSON-Schema
 * via the `definition` "CallStartedData".
 */
export interface CallStartedData {
  /**
   * The call's id; the same on every event and callback of the call.
   */
  call_id: string
  /**
   * The agent handling the call.
   */
  agent_id: string
  /**
   * Whether the person called in or the agent dialled out.
   */
  direction: CallDirection
  /**
   * The other party's number: the person who called in (inbound) or the number the agent dialled (outbound). Null when an inbound caller withheld their number.
   */
  caller: E164PhoneNumber | null
  /**
   * The id of the account's phone number on the call (the one called, or the one dialled from).
   */
  phone_number_id: string
  /**
   * The account's phone number on the call, the number of `phone_number_id`.
   */
  phone_number: E164PhoneNumber
  /**
   * When the call connected, RFC 3339 in UTC.
   */
  started_at: string
}
/**
 * One tool (a function or API integration) the agent called during a call, with its arguments and result.
 *
 * This interface was referenced by `VoicehooksContractsRoot`'s JSON-Schema
 * via the `definition` "CallToolInvokedData".
 */
export interface CallToolInvokedData {
  /**
   * The call's id; the same on every event and callback of the call.
   */
  call_id: string
  /**
   * The agent that invoked the tool.
   */
  agent_id: string
  /**
   * The id of the tool as configured on the agent.
   */
  tool_id: string
  /**
   * The tool's function name, as the language model calls it.
   */
  tool_name: string
  /**
   * The arguments the agent passed, keyed by the tool's parameter names.
   */
  parameters: {
    [k: string]: unknown | undefined
  }
  /**
   * When the agent invoked the tool, RFC 3339 in UTC.
   */
  invoked_at: string
  /**
   * How the invocation went: `succeeded`, `failed` (the tool answered with an error; see `error`) or `timed_out` (no answer in time).
   */
  status: 'succeeded' | 'failed' | 'timed_out'
  /**
   * How long the tool took to answer, in milliseconds.
   */
  duration_ms?: number
  /**
   * The JSON object the tool returned to the agent; null when it failed, timed out or returned nothing.
   */
  result: {
    [k: string]: unknown | undefined
  } | null
  /**
   * What went wrong, when `status` is `failed` or `timed_out`; null or absent otherwise.
   */
  error?: ErrorDetail | null
}
/**
 * A call the agent forwarded to a person or another number with its transfer tool. `call.ended` follows with `ended_reason: transferred`.
 *
 * This interface was referenced by `VoicehooksContractsRoot`'s JSON-Schema
 * via the `definition` "CallTransferredData".
 */
export interface CallTransferredData {
  /**
   * The call's id; the same on every event and callback of the call.
   */
  call_id: string
  /**
   * The agent that transferred the call.
   */
  agent_id: string
  /**
   * The number the call was forwarded to.
   */
  transfer_destination: E164PhoneNumber
  /**
   * When the call was handed over, RFC 3339 in UTC.
   */
  transferred_at: string
  /**
   * Why the agent transferred the call, in the agent's words.
   */
  reason: string
  /**
   * `warm` when the agent briefed the person taking over before connecting the caller, `cold` when it connected the caller straight away.
   */
  transfer_type?: 'warm' | 'cold'
}
/**
 * A messaging conversation whose status or details changed, for example handed to a person or resolved.
 *
 * This interface was referenced by `VoicehooksContractsRoot`'s JSON-Schema
 * via the `definition` "ConversationUpdatedData".
 */
export interface ConversationUpdatedData {
  /**
   * The conversation's id.
   */
  conversation_id: string
  /**
   * The conversation's status after the change: `open` (the agent is answering), `handed_off` (passed to a person at the business), `resolved` (finished with its question answered) or `closed` (ended without resolution, for example after a period of inactivity).
   */
  status: 'open' | 'handed_off' | 'resolved' | 'closed'
  /**
   * The conversation fields that changed, for example `status`.
   */
  changed_fields: ChangedFields
  /**
   * The channel the conversation runs on.
   */
  channel: MessageChannel
  /**
   * The agent the conversation belongs to.
   */
  agent_id: string
  /**
   * When the change was made, RFC 3339 in UTC.
   */
  updated_at: string
}
/**
 * Reserved, not sent yet: an alert rule defined by the account fired.
 *
 * This interface was referenced by `VoicehooksContractsRoot`'s JSON-Schema
 * via the `definition` "CustomAlertData".
 */
export interface CustomAlertData {
  /**
   * The alert rule's id.
   */
  alert_id: string
  /**
   * The alert rule's name.
   */
  name: string
  /**
   * The severity configured on the rule.
   */
  severity: 'info' | 'warning' | 'critical'
  /**
   * What happened, for people.
   */
  message: string
  /**
   * When the rule fired, RFC 3339 in UTC.
   */
  triggered_at: string
  /**
   * The agent the rule watches; null for a rule over the whole account.
   */
  agent_id: string | null
  /**
   * The values that made the rule fire (for example the count and the window), keyed by the rule.
   */
  metadata?: {
    [k: string]: unknown | undefined
  }
}
/**
 * An inbound message a customer sent on a messaging channel (SMS, WhatsApp, web chat or e-mail).
 *
 * This interface was referenced by `VoicehooksContractsRoot`'s JSON-Schema
 * via the `definition` "MessageReceivedData".
 */
export interface MessageReceivedData {
  /**
   * The message's id.
   */
  message_id: string
  /**
   * The conversation the message belongs to; `conversation.updated` reports its changes.
   */
  conversation_id: string
  /**
   * The sender, in the channel's own form: an E.164 number for `sms` and `whatsapp`, an e-mail address for `email`, an anonymous visitor id for `web_chat`.
   */
  from: string
  /**
   * The channel the message arrived on.
   */
  channel: MessageChannel
  /**
   * The message text; empty when the message carries only attachments.
   */
  text: string
  /**
   * When the platform received the message, RFC 3339 in UTC.
   */
  received_at: string
  /**
   * The agent handling the conversation.
   */
  agent_id: string
  /**
   * Files sent with the message, in order; empty when there are none.
   *
   * Items: One file sent with the message.
   */
  attachments: {
    /**
     * Where to fetch the file.
     */
    url: string
    /**
     * The file's media type, for example `image/jpeg`.
     */
    content_type: string
    /**
     * The file's size in bytes.
     */
    size_bytes: number
  }[]
}
/**
 * A phone number newly provisioned for the account, attached to an agent or not yet.
 *
 * This interface was referenced by `VoicehooksContractsRoot`'s JSON-Schema
 * via the `definition` "PhoneNumberAssignedData".
 */
export interface PhoneNumberAssignedData {
  /**
   * The new phone number's id.
   */
  phone_number_id: string
  /**
   * The phone number.
   */
  phone_number: E164PhoneNumber
  /**
   * The agent the number is attached to; null when it is not attached to one yet.
   */
  agent_id: string | null
  /**
   * When the number was provisioned, RFC 3339 in UTC.
   */
  assigned_at: string
  /**
   * The number's country, an ISO 3166-1 alpha-2 code in upper case.
   */
  country?: string
  /**
   * What the number can carry.
   *
   * Items: One capability of the number.
   */
  capabilities?: ('voice' | 'sms' | 'mms' | 'whatsapp')[]
  /**
   * What keeping the number costs the account per month.
   */
  monthly_cost?: Money
}
/**
 * A phone number released from the account; calls to it no longer reach any of the account's agents.
 *
 * This interface was referenced by `VoicehooksContractsRoot`'s JSON-Schema
 * via the `definition` "PhoneNumberReleasedData".
 */
export interface PhoneNumberReleasedData {
  /**
   * The released phone number's id.
   */
  phone_number_id: string
  /**
   * The phone number.
   */
  phone_number: E164PhoneNumber
  /**
   * The agent the number was attached to when it was released; null when it was not attached.
   */
  agent_id: string | null
  /**
   * When the number was released, RFC 3339 in UTC.
   */
  released_at: string
}
/**
 * A management API key that was issued. Only its id, name and prefix are sent: the secret key is shown once, to its creator, and never appears in an event.
 *
 * This interface was referenced by `VoicehooksContractsRoot`'s JSON-Schema
 * via the `definition` "SystemApiKeyCreatedData".
 */
export interface SystemApiKeyCreatedData {
  /**
   * The key's id (`key_` and a ULID); not the secret key.
   */
  api_key_id: string
  /**
   * The name given to the key.
   */
  name: string
  /**
   * The first characters of the key, as shown in the dashboard to tell keys apart; never the whole key.
   */
  prefix: string
  /**
   * Who created the key.
   */
  actor: Actor
  /**
   * When the key was created, RFC 3339 in UTC.
   */
  created_at: string
}
/**
 * A management API key that was revoked; requests made with it are refused from then on.
 *
 * This interface was referenced by `VoicehooksContractsRoot`'s JSON-Schema
 * via the `definition` "SystemApiKeyRevokedData".
 */
export interface SystemApiKeyRevokedData {
  /**
   * The revoked key's id (`key_` and a ULID); not the secret key.
   */
  api_key_id: string
  /**
   * The name given to the key.
   */
  name: string
  /**
   * The first characters of the key, as shown in the dashboard to tell keys apart; never the whole key.
   */
  prefix: string
  /**
   * Who revoked the key.
   */
  actor: Actor
  /**
   * When the key was revoked, RFC 3339 in UTC.
   */
  revoked_at: string
}
/**
 * The test event `POST /v1/webhooks/{id}/test` sends when no type is named. It carries no business data: acknowledge it with a 2xx like any other event.
 *
 * This interface was referenced by `VoicehooksContractsRoot`'s JSON-Schema
 * via the `definition` "TestPingData".
 */
export interface TestPingData {
  /**
   * A human-readable note saying this is a test.
   */
  message: string
  /**
   * The endpoint being tested (`wh_` and a ULID), the same as the envelope's `webhook_id`.
   */
  webhook_id: string
}
/**
 * The body POSTed to a call's `callback_url` each time the call's status changes (and once more when post-call analysis is ready).
 *
 * This interface was referenced by `VoicehooksContractsRoot`'s JSON-Schema
 * via the `definition` "CallStatusCallback".
 */
export interface CallStatusCallback {
  /**
   * Always `success`: the callback itself reports a status change successfully. A failed call is reported with `data.status`, not here.
   */
  status: 'success'
  data: CallStatusData
  /**
   * A human-readable label for the callback, currently always `Call Details`.
   */
  message: string
}
/**
 * A call's details at a status change. Fields that are not known yet (duration, recording, transcript before the call ends) are null.
 */
export interface CallStatusData {
  /**
   * The call's id, as returned when the call was registered; the same on every callback of the call.
   */
  call_id: string
  /**
   * Whether the person called in or the agent dialled out.
   */
  call_direction: CallDirection
  /**
   * The call's status: `registered` (queued, waiting to be dialled), `ongoing` (in progress), `completed` (finished normally), `failed` (not answered or rejected), `error` (could not be connected) or `cancelled`. Calls move registered → ongoing → completed; failed, error and cancelled end a call instead.
   */
  status: 'registered' | 'ongoing' | 'completed' | 'failed' | 'error' | 'cancelled'
  /**
   * Connected time in whole seconds, once the call has ended; null before.
   */
  call_duration: number | null
  /**
   * Where to fetch the call recording, once available; null otherwise.
   */
  recording_url: string | null
  /**
   * The call transcript as plain text, once the call has ended; null otherwise.
   */
  transcript: string | null
  /**
   * The agent that handles the call.
   */
  agent_id: string
  /**
   * How many times the call has been retried so far (0 on the first attempt).
   */
  retry: number
  /**
   * The number the call is placed from.
   */
  from_number: E164PhoneNumber
  /**
   * The number being called.
   */
  to_number: E164PhoneNumber
  /**
   * The `custom_args_values` given when the call was registered, echoed back unchanged.
   */
  custom_args_values: CustomArgsValues
  /**
   * Post-call analysis. Present only on the extra callback sent when analysis completes, after the `completed` one.
   */
  analysis?: {
    /**
     * A short summary of the conversation.
     */
    summary: string
    /**
     * The caller's overall sentiment.
     */
    sentiment: Sentiment
    /**
     * Values the agent extracted from the conversation.
     */
    extracted_data: ExtractedData
  }
}

/** Every event type of the catalog, emitted and reserved. */
export type EventType =
  | 'agent.created'
  | 'agent.failed'
  | 'agent.number_assigned'
  | 'agent.published'
  | 'agent.updated'
  | 'appointment.cancelled'
  | 'appointment.created'
  | 'appointment.reminder'
  | 'appointment.updated'
  | 'auth.welcome'
  | 'batch.completed'
  | 'billing.balance_depleted'
  | 'billing.low_balance'
  | 'billing.payment_failed'
  | 'billing.topup_confirmed'
  | 'call.answered'
  | 'call.completed'
  | 'call.ended'
  | 'call.failed'
  | 'call.initiated'
  | 'call.intelligence.ready'
  | 'call.started'
  | 'call.tool_invoked'
  | 'call.transferred'
  | 'conversation.updated'
  | 'custom.alert'
  | 'message.received'
  | 'phone_number.assigned'
  | 'phone_number.released'
  | 'system.api_key_created'
  | 'system.api_key_revoked'
  | 'test.ping'

/** Event types that are catalogued and typed but refused at publish until enabled. */
export type ReservedEventType = 'batch.completed' | 'billing.balance_depleted' | 'custom.alert'

/** Event types a sender emits today. */
export type EmittedEventType = Exclude<EventType, ReservedEventType>

/** Maps each event type to the type of its `data`. */
export interface EventMap {
  'agent.created': AgentCreatedData
  'agent.failed': AgentFailedData
  'agent.number_assigned': AgentNumberAssignedData
  'agent.published': AgentPublishedData
  'agent.updated': AgentUpdatedData
  'appointment.cancelled': AppointmentCancelledData
  'appointment.created': AppointmentCreatedData
  'appointment.reminder': AppointmentReminderData
  'appointment.updated': AppointmentUpdatedData
  'auth.welcome': AuthWelcomeData
  'batch.completed': BatchCompletedData
  'billing.balance_depleted': BillingBalanceDepletedData
  'billing.low_balance': BillingLowBalanceData
  'billing.payment_failed': BillingPaymentFailedData
  'billing.topup_confirmed': BillingTopupConfirmedData
  'call.answered': CallAnsweredData
  'call.completed': CallCompletedData
  'call.ended': CallEndedData
  'call.failed': CallFailedData
  'call.initiated': CallInitiatedData
  'call.intelligence.ready': CallIntelligenceReadyData
  'call.started': CallStartedData
  'call.tool_invoked': CallToolInvokedData
  'call.transferred': CallTransferredData
  'conversation.updated': ConversationUpdatedData
  'custom.alert': CustomAlertData
  'message.received': MessageReceivedData
  'phone_number.assigned': PhoneNumberAssignedData
  'phone_number.released': PhoneNumberReleasedData
  'system.api_key_created': SystemApiKeyCreatedData
  'system.api_key_revoked': SystemApiKeyRevokedData
  'test.ping': TestPingData
}

/**
 * A delivered envelope. `WebhookEvent` alone is the union of every event, discriminated on
 * `type` (and `event`, which carries the same value); `WebhookEvent<'call.completed'>` is one.
 */
export type WebhookEvent<T extends EventType = EventType> = {
  [K in T]: Omit<EventEnvelope, 'type' | 'event' | 'data'> & { type: K; event: K; data: EventMap[K] }
}[T]

/** The API version these types describe (the AsyncAPI document's info.version). */
export type ApiVersion = '2026-11-01'
