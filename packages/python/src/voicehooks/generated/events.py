# THIS FILE IS GENERATED - DO NOT EDIT DIRECTLY
# Event models (pydantic): made by `pnpm codegen` (packages/codegen) from specs/.
# Change the spec or the generator, then run `pnpm codegen`; CI runs `pnpm codegen:check`.
"""Pydantic models of every webhook event, generated from the AsyncAPI contract."""

import datetime as _dt
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag, TypeAdapter


class ContractModel(BaseModel):
    """Base of every model here. Fields the contract does not name yet are kept (`model_extra`), never refused."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())


class Actor(ContractModel):
    """Who made a change."""

    type: Literal["user", "api_key", "operator", "system"] = Field(description="The kind of actor: `user` (a person in the dashboard), `api_key` (a call to the management API), `operator` (the platform operator) or `system` (an automatic change).")
    id: str | None = Field(description="The actor's id: the user's id, the API key's id (`key_…`), or null for `operator` and `system`.")
    name: str | None = Field(default=None, description="A display name (the user's name or the API key's name), when known.")
    email: str | None = Field(default=None, description="The user's e-mail address, for `user` actors.")


class AgentCreatedData(ContractModel):
    """A new agent. It takes no calls until a version is published (`agent.published`)."""

    agent_id: str = Field(description="The new agent's id.")
    name: Annotated[str, Field(min_length=1)] = Field(description="The agent's display name.")
    version: Annotated[int, Field(ge=1)] = Field(description="The agent's draft configuration version, 1 for a new agent.")
    updated_by: Actor = Field(description="Who created the agent.")
    created_at: _dt.datetime = Field(description="When the agent was created, RFC 3339 in UTC.")


class ErrorDetail(ContractModel):
    """A machine-readable error code with a human-readable message."""

    code: Annotated[str, Field(pattern="^[a-z][a-z0-9_]*$")] = Field(description="A stable snake_case code to branch on (for example `llm_provider_error`).")
    message: str = Field(description="A human-readable explanation; wording may change, do not parse it.")


class AgentFailedData(ContractModel):
    """An agent that cannot continue because of a fatal runtime error, such as its language-model or voice provider failing repeatedly."""

    agent_id: str = Field(description="The agent's id.")
    version: Annotated[int, Field(ge=1)] = Field(description="The live configuration version that failed.")
    error: ErrorDetail = Field(description="What failed: `error.code` is stable (for example `llm_provider_error`, `voice_provider_error`, `tool_configuration_error`), `error.message` is for people.")
    failed_at: _dt.datetime = Field(description="When the agent failed, RFC 3339 in UTC.")
    call_id: str | None = Field(description="The call in progress when the agent failed; null when it failed outside a call.")


E164PhoneNumber = Annotated[str, Field(pattern="^\\+[1-9]\\d{1,14}$")]
"""A phone number in E.164 format: a plus sign, the country code and the subscriber number, no spaces or punctuation, at most 15 digits (for example +14155550123)."""


class AgentNumberAssignedData(ContractModel):
    """A phone number attached to an agent; inbound calls to that number now reach the agent."""

    agent_id: str = Field(description="The agent the number is now attached to.")
    phone_number_id: str = Field(description="The phone number's id.")
    phone_number: E164PhoneNumber = Field(description="The phone number.")
    assigned_at: _dt.datetime = Field(description="When the number was attached, RFC 3339 in UTC.")
    previous_agent_id: str | None = Field(description="The agent the number was taken from; null when it was not attached to one.")


class AgentPublishedData(ContractModel):
    """An agent version that was published and is now live; new calls use it from `published_at` on."""

    agent_id: str = Field(description="The agent's id.")
    version: Annotated[int, Field(ge=1)] = Field(description="The configuration version now live.")
    published_at: _dt.datetime = Field(description="When the version went live, RFC 3339 in UTC.")
    name: Annotated[str, Field(min_length=1)] = Field(description="The agent's display name in the published version.")
    previous_version: Annotated[int, Field(ge=1)] | None = Field(description="The version that was live before; null on the agent's first publication.")
    published_by: Actor = Field(description="Who published the version.")


class AgentUpdatedData(ContractModel):
    """An agent whose configuration was saved with changes, through the API or the dashboard. The changes take effect on calls once the version is published (`agent.published`)."""

    agent_id: str = Field(description="The agent's id.")
    name: Annotated[str, Field(min_length=1)] = Field(description="The agent's display name after the change.")
    version: Annotated[int, Field(ge=1)] = Field(description="The configuration version this change created.")
    changed_fields: Annotated[list[Annotated[str, Field(pattern="^[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*$")]], Field(min_length=1)] = Field(description="The configuration fields that changed, for example `prompt` or `voice.speed`.")
    updated_by: Actor = Field(description="Who saved the change.")
    updated_at: _dt.datetime = Field(description="When the change was saved, RFC 3339 in UTC.")


AppointmentStatus = Literal["scheduled", "confirmed", "rescheduled", "cancelled", "completed", "no_show"]
"""The appointment's status after the change this event reports."""


class AppointmentCancelledData(ContractModel):
    """An appointment that was cancelled, by the customer, the business or automatically."""

    appointment_id: str = Field(description="The appointment's id; the same on every event of the appointment.")
    call_id: str | None = Field(description="The call during which the agent booked the appointment; null when it was booked another way.")
    customer_name: Annotated[str, Field(min_length=1)] = Field(description="The customer's full name.")
    customer_phone: E164PhoneNumber = Field(description="The customer's phone number.")
    customer_email: str | None = Field(description="The customer's e-mail address; null when they did not give one.")
    date: _dt.date = Field(description="The appointment's date (`YYYY-MM-DD`) in `timezone`.")
    time: Annotated[str, Field(pattern="^([01]\\d|2[0-3]):[0-5]\\d$")] = Field(description="The appointment's start time (`HH:MM`, 24-hour clock) in `timezone`.")
    timezone: Annotated[str, Field(min_length=1)] = Field(description="The IANA time zone `date` and `time` are in (for example `America/Los_Angeles`).")
    service: Annotated[str, Field(min_length=1)] = Field(description="The service booked, as the business names it.")
    duration_minutes: Annotated[int, Field(ge=1)] = Field(description="How long the appointment lasts, in minutes.")
    notes: str | None = Field(description="Free-text notes taken when booking; null when there are none.")
    status: AppointmentStatus = Field(description="The appointment's status, `cancelled`.")
    cancelled_by: Literal["customer", "business", "system"] = Field(description="Who cancelled: `customer` (on a call, by message or online), `business` (a person at the business) or `system` (automatically, for example when a booking was never confirmed).")
    cancellation_reason: str | None = Field(description="Why the appointment was cancelled, when a reason was given; null otherwise.")
    cancelled_at: _dt.datetime = Field(description="When the appointment was cancelled, RFC 3339 in UTC.")


class AppointmentCreatedData(ContractModel):
    """A newly booked appointment, usually booked by the agent during a call (`call_id` names it)."""

    appointment_id: str = Field(description="The appointment's id; the same on every event of the appointment.")
    call_id: str | None = Field(description="The call during which the agent booked the appointment; null when it was booked another way.")
    customer_name: Annotated[str, Field(min_length=1)] = Field(description="The customer's full name.")
    customer_phone: E164PhoneNumber = Field(description="The customer's phone number.")
    customer_email: str | None = Field(description="The customer's e-mail address; null when they did not give one.")
    date: _dt.date = Field(description="The appointment's date (`YYYY-MM-DD`) in `timezone`.")
    time: Annotated[str, Field(pattern="^([01]\\d|2[0-3]):[0-5]\\d$")] = Field(description="The appointment's start time (`HH:MM`, 24-hour clock) in `timezone`.")
    timezone: Annotated[str, Field(min_length=1)] = Field(description="The IANA time zone `date` and `time` are in (for example `America/Los_Angeles`).")
    service: Annotated[str, Field(min_length=1)] = Field(description="The service booked, as the business names it.")
    duration_minutes: Annotated[int, Field(ge=1)] = Field(description="How long the appointment lasts, in minutes.")
    notes: str | None = Field(description="Free-text notes taken when booking; null when there are none.")
    status: AppointmentStatus = Field(description="The appointment's status once booked, usually `scheduled`.")
    created_at: _dt.datetime = Field(description="When the appointment was booked, RFC 3339 in UTC.")


class AppointmentReminderData(ContractModel):
    """An upcoming appointment the platform just sent the customer a reminder for."""

    appointment_id: str = Field(description="The appointment's id; the same on every event of the appointment.")
    call_id: str | None = Field(description="The call during which the agent booked the appointment; null when it was booked another way.")
    customer_name: Annotated[str, Field(min_length=1)] = Field(description="The customer's full name.")
    customer_phone: E164PhoneNumber = Field(description="The customer's phone number.")
    customer_email: str | None = Field(description="The customer's e-mail address; null when they did not give one.")
    date: _dt.date = Field(description="The appointment's date (`YYYY-MM-DD`) in `timezone`.")
    time: Annotated[str, Field(pattern="^([01]\\d|2[0-3]):[0-5]\\d$")] = Field(description="The appointment's start time (`HH:MM`, 24-hour clock) in `timezone`.")
    timezone: Annotated[str, Field(min_length=1)] = Field(description="The IANA time zone `date` and `time` are in (for example `America/Los_Angeles`).")
    service: Annotated[str, Field(min_length=1)] = Field(description="The service booked, as the business names it.")
    duration_minutes: Annotated[int, Field(ge=1)] = Field(description="How long the appointment lasts, in minutes.")
    notes: str | None = Field(description="Free-text notes taken when booking; null when there are none.")
    status: AppointmentStatus = Field(description="The appointment's status when the reminder was sent.")
    reminder_channel: Literal["sms", "whatsapp", "email", "voice_call"] = Field(description="How the reminder was sent; `voice_call` means the agent called the customer.")
    reminder_sent_at: _dt.datetime = Field(description="When the reminder was sent, RFC 3339 in UTC.")


class AppointmentUpdatedData(ContractModel):
    """An appointment that was rescheduled or whose details changed. The fields carry the new values; `changed_fields` and `previous_date`/`previous_time` say what changed."""

    appointment_id: str = Field(description="The appointment's id; the same on every event of the appointment.")
    call_id: str | None = Field(description="The call during which the agent booked the appointment; null when it was booked another way.")
    customer_name: Annotated[str, Field(min_length=1)] = Field(description="The customer's full name.")
    customer_phone: E164PhoneNumber = Field(description="The customer's phone number.")
    customer_email: str | None = Field(description="The customer's e-mail address; null when they did not give one.")
    date: _dt.date = Field(description="The appointment's date (`YYYY-MM-DD`) in `timezone`.")
    time: Annotated[str, Field(pattern="^([01]\\d|2[0-3]):[0-5]\\d$")] = Field(description="The appointment's start time (`HH:MM`, 24-hour clock) in `timezone`.")
    timezone: Annotated[str, Field(min_length=1)] = Field(description="The IANA time zone `date` and `time` are in (for example `America/Los_Angeles`).")
    service: Annotated[str, Field(min_length=1)] = Field(description="The service booked, as the business names it.")
    duration_minutes: Annotated[int, Field(ge=1)] = Field(description="How long the appointment lasts, in minutes.")
    notes: str | None = Field(description="Free-text notes taken when booking; null when there are none.")
    status: AppointmentStatus = Field(description="The appointment's status after the change (`rescheduled` when the date or time moved).")
    changed_fields: Annotated[list[Annotated[str, Field(pattern="^[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*$")]], Field(min_length=1)] = Field(description="The appointment fields that changed, for example `time` or `service`.")
    previous_date: _dt.date = Field(description="The appointment's date before this change (equal to `date` when the date did not change).")
    previous_time: Annotated[str, Field(pattern="^([01]\\d|2[0-3]):[0-5]\\d$")] = Field(description="The appointment's start time before this change (equal to `time` when the time did not change).")
    updated_at: _dt.datetime = Field(description="When the change was made, RFC 3339 in UTC.")


class AuthWelcomeData(ContractModel):
    """A new account whose owner signed up successfully for the first time."""

    account_id: Annotated[str, Field(pattern="^acct_[0-9A-Za-z]{10,64}$")] = Field(description="The new account's id (`acct_` and a ULID), the same as the envelope's `account_id`.")
    email: str = Field(description="The account owner's e-mail address.")
    created_at: _dt.datetime = Field(description="When the account was created, RFC 3339 in UTC.")
    name: str | None = Field(default=None, description="The account's display name (usually the business name), when given.")


CurrencyCode = Annotated[str, Field(pattern="^[A-Z]{3}$")]
"""An ISO 4217 three-letter currency code in upper case (for example USD, EUR, INR)."""


class Money(ContractModel):
    """An amount of money. `amount` is a decimal number in the currency's major unit (dollars, not cents), rounded to the currency's minor unit; never negative."""

    amount: Annotated[float, Field(ge=0)] = Field(description="The amount in major units, for example 0.53 for 53 cents.")
    currency: CurrencyCode = Field(description="The ISO 4217 currency of `amount`.")


class BatchCompletedData(ContractModel):
    """Reserved, not sent yet: an outbound batch (campaign) whose calls have all finished."""

    batch_id: str = Field(description="The batch's id, as in `call.initiated`'s `batch_id`.")
    name: str | None = Field(default=None, description="The batch's display name, when given.")
    agent_id: str = Field(description="The agent that placed the batch's calls.")
    total_calls: Annotated[int, Field(ge=0)] = Field(description="How many calls the batch held.")
    completed_calls: Annotated[int, Field(ge=0)] = Field(description="How many of them connected and completed.")
    failed_calls: Annotated[int, Field(ge=0)] = Field(description="How many of them failed after their last attempt (busy, no answer, error, …).")
    cost: Money = Field(description="What the batch's calls cost the account in total.")
    completed_at: _dt.datetime = Field(description="When the batch's last call finished, RFC 3339 in UTC.")


class BillingBalanceDepletedData(ContractModel):
    """Reserved, not sent yet: the prepaid balance reached zero and calls are paused."""

    balance: Annotated[float, Field(le=0)] = Field(description="The prepaid balance, in major units of `currency`: zero or below (a call in progress when the balance ran out can take it slightly negative).")
    currency: CurrencyCode = Field(description="The currency of `balance`.")
    depleted_at: _dt.datetime = Field(description="When the balance reached zero, RFC 3339 in UTC.")
    calls_paused: bool = Field(description="Whether new calls are paused until the account tops up.")


class BillingLowBalanceData(ContractModel):
    """The prepaid balance fell below the account's low-balance threshold (sent once per crossing)."""

    balance: float = Field(description="The prepaid balance now, in major units of `currency`.")
    threshold: Annotated[float, Field(ge=0)] = Field(description="The account's low-balance threshold, in major units of `currency`.")
    currency: CurrencyCode = Field(description="The currency of `balance` and `threshold`.")
    auto_topup_enabled: bool = Field(description="Whether an automatic recharge is set up and will be attempted.")
    estimated_minutes_remaining: Annotated[int, Field(ge=0)] | None = Field(default=None, description="Roughly how many call minutes the balance still pays for at the account's recent rate; null when there is too little usage to estimate.")


class BillingPaymentFailedData(ContractModel):
    """A top-up or automatic recharge that failed; the balance did not change."""

    amount: Annotated[float, Field(gt=0)] = Field(description="The amount that could not be charged, in major units of `currency`.")
    currency: CurrencyCode = Field(description="The currency of `amount` and `balance`.")
    balance: float = Field(description="The prepaid balance, unchanged by the failed payment, in major units of `currency`.")
    payment_id: Annotated[str, Field(min_length=1)] = Field(description="The payment provider's id for the attempt, for reconciliation.")
    failure_code: Annotated[str, Field(pattern="^[a-z][a-z0-9_]*$")] = Field(description="A stable snake_case code to branch on, for example `card_declined`, `insufficient_funds`, `expired_card`, `authentication_required` or `processing_error`.")
    failure_reason: str = Field(description="The payment provider's explanation, for people; wording may change, do not parse it.")
    automatic: bool = Field(description="True for an automatic recharge (auto top-up), false for a top-up a person made.")
    failed_at: _dt.datetime = Field(description="When the payment failed, RFC 3339 in UTC.")
    next_retry_at: _dt.datetime | None = Field(description="When an automatic recharge will be tried again; null when it will not be retried.")


class BillingTopupConfirmedData(ContractModel):
    """A top-up payment that was captured and credited to the account's prepaid balance."""

    amount: Annotated[float, Field(gt=0)] = Field(description="The amount credited, in major units of `currency` (dollars, not cents).")
    currency: CurrencyCode = Field(description="The currency of `amount` and `balance`.")
    balance: float = Field(description="The prepaid balance after the credit, in major units of `currency`.")
    payment_id: Annotated[str, Field(min_length=1)] = Field(description="The payment provider's id for the payment, for reconciliation.")
    payment_method: Literal["card", "bank_transfer", "digital_wallet", "manual"] | None = Field(default=None, description="How the top-up was paid.")
    automatic: bool = Field(description="True for an automatic recharge (auto top-up), false for a top-up a person made.")
    confirmed_at: _dt.datetime = Field(description="When the payment was captured, RFC 3339 in UTC.")
    receipt_url: str | None = Field(default=None, description="Where the receipt can be viewed; null when the provider issued none.")


class CallAnsweredData(ContractModel):
    """An outbound call the callee picked up."""

    call_id: str = Field(description="The call's id; the same on every event and callback of the call.")
    agent_id: str = Field(description="The agent that placed the call.")
    answered_at: _dt.datetime = Field(description="When the callee picked up, RFC 3339 in UTC.")
    answered_by: Literal["human", "voicemail", "unknown"] = Field(description="What answering-machine detection heard: `human` (a person), `voicemail` (an answering machine or voicemail greeting) or `unknown` (detection is off for the agent, or was inconclusive).")
    ring_duration_seconds: Annotated[int, Field(ge=0)] | None = Field(default=None, description="How long the phone rang before it was answered, in whole seconds.")


CallDirection = Literal["inbound", "outbound"]
"""Who placed the call: `inbound` when a person called one of the account's numbers, `outbound` when the agent dialled out."""


class CallCompletedData(ContractModel):
    """A connected call after post-call processing: its transcript, recording, outcome, the values the agent extracted and the `custom_args_values` the call was registered with."""

    call_id: str = Field(description="The call's id; the same on every event and callback of the call.")
    agent_id: str = Field(description="The agent that handled the call.")
    direction: CallDirection = Field(description="Whether the person called in or the agent dialled out.")
    phone_number: E164PhoneNumber | None = Field(description="The customer's number: who called in (inbound) or the number the agent dialled (outbound). Null when an inbound caller withheld their number.")
    phone_number_id: str = Field(description="The id of the account's phone number on the call (the one called, or the one dialled from).")
    duration_seconds: Annotated[int, Field(ge=0)] = Field(description="Connected time in whole seconds.")
    cost: Money = Field(description="What the call cost the account.")
    outcome: Annotated[str, Field(pattern="^[a-z][a-z0-9_]*$")] = Field(description="What the call achieved, in snake_case. Built-in outcomes are `appointment_booked`, `appointment_confirmed`, `appointment_rescheduled`, `appointment_cancelled`, `transferred_to_human`, `callback_requested`, `information_provided`, `voicemail_left`, `not_interested` and `no_outcome`; agents may define their own, so treat unknown values as `no_outcome`.")
    transcript: str = Field(description="The whole transcript as plain text, one `Agent:` or `Customer:` line per turn.")
    recording_url: str | None = Field(description="Where to fetch the recording; null when recording is off for the agent or the call.")
    extracted_data: dict[str, Any] = Field(description="The values the agent extracted, keyed by the extraction fields configured on the agent.")
    custom_args_values: dict[str, Any] = Field(description="The `custom_args_values` given when the call was registered, echoed back unchanged.")
    summary: str | None = Field(description="A short summary of the conversation; null when summaries are off for the agent (the `call.intelligence.ready` event carries the full analysis).")
    started_at: _dt.datetime = Field(description="When the call connected, RFC 3339 in UTC.")
    ended_at: _dt.datetime = Field(description="When the line closed, RFC 3339 in UTC.")


CallEndStatus = Literal["completed", "no_answer", "busy", "failed", "cancelled"]
"""How a call finished: `completed` (connected and ended normally, including transfers), `no_answer`, `busy`, `failed` (could not be connected or broke off on an error) or `cancelled` (withdrawn before it connected)."""


class CallEndedData(ContractModel):
    """A call whose line closed, whatever the reason. Sent for every call, connected or not; the transcript and recording may still be processing (`call.completed` follows for connected calls)."""

    call_id: str = Field(description="The call's id; the same on every event and callback of the call.")
    agent_id: str = Field(description="The agent that handled the call.")
    direction: CallDirection = Field(description="Whether the person called in or the agent dialled out.")
    status: CallEndStatus = Field(description="How the call finished.")
    ended_reason: Literal["customer_hung_up", "agent_hung_up", "transferred", "voicemail", "no_answer", "busy", "invalid_number", "silence_timeout", "max_duration_reached", "insufficient_balance", "cancelled", "error"] = Field(description="Why the line closed: `customer_hung_up`, `agent_hung_up` (the agent ended the conversation), `transferred` (handed on with the transfer tool, see `call.transferred`), `voicemail` (an answering machine picked up and the agent hung up or left a message), `no_answer`, `busy`, `invalid_number`, `silence_timeout` (nobody spoke for too long), `max_duration_reached`, `insufficient_balance` (the account ran out of credit), `cancelled` (withdrawn before it connected) or `error` (a platform, carrier or provider failure).")
    duration_seconds: Annotated[int, Field(ge=0)] = Field(description="Connected time in whole seconds; 0 when the call never connected.")
    cost: Money = Field(description="What the call cost the account (0 when it never connected).")
    transcript_url: str | None = Field(description="Where to fetch the transcript with the management API key; null when the call never connected or transcription is off.")
    recording_url: str | None = Field(description="Where to fetch the recording; null when the call never connected or recording is off.")
    ended_at: _dt.datetime = Field(description="When the line closed, RFC 3339 in UTC.")


class CallFailedData(ContractModel):
    """An outbound call attempt that did not connect. Each failed attempt sends its own event; `will_retry` says whether the platform dials again under the call's retry settings."""

    call_id: str = Field(description="The call's id; the same on every attempt, event and callback of the call.")
    agent_id: str = Field(description="The agent that placed the call.")
    reason: Literal["busy", "no_answer", "rejected", "voicemail", "invalid_number", "insufficient_balance", "error"] = Field(description="Why the attempt failed: `busy`, `no_answer`, `rejected` (the callee declined), `voicemail` (an answering machine picked up and the agent is set to hang up on voicemail), `invalid_number` (the number does not exist or is not in service), `insufficient_balance` (the account ran out of credit) or `error` (a platform, carrier or provider failure; `error` says which).")
    failed_at: _dt.datetime = Field(description="When the attempt failed, RFC 3339 in UTC.")
    from_number: E164PhoneNumber = Field(description="The account's number the call was placed from.")
    to_number: E164PhoneNumber = Field(description="The number that was dialled.")
    error: ErrorDetail | None = Field(description="The carrier's or platform's error, when there was one (always for `invalid_number` and `error`); null for plain busy, no-answer and rejected outcomes.")
    attempt: Annotated[int, Field(ge=1)] = Field(description="Which attempt this was, starting at 1.")
    will_retry: bool = Field(description="Whether the platform will dial again under the call's retry settings; when false this was the last attempt.")


class CallInitiatedData(ContractModel):
    """An outbound call the agent started dialling, before anyone answered. `call.answered` or `call.failed` follows with the same `call_id`."""

    call_id: str = Field(description="The call's id; the same on every event and callback of the call.")
    agent_id: str = Field(description="The agent placing the call.")
    direction: Literal["outbound"] = Field(description="Always `outbound`, since only calls the agent dials out are initiated.")
    from_number: E164PhoneNumber = Field(description="The account's number the call is placed from.")
    to_number: E164PhoneNumber = Field(description="The number being dialled.")
    initiated_at: _dt.datetime = Field(description="When dialling started, RFC 3339 in UTC.")
    phone_number_id: str = Field(description="The id of the account's phone number `from_number`.")
    batch_id: str | None = Field(description="The outbound batch (campaign) the call belongs to; null for a call placed on its own.")
    custom_args_values: dict[str, Any] = Field(description="The `custom_args_values` given when the call was registered, echoed back unchanged.")


Sentiment = Literal["positive", "neutral", "negative", "mixed"]
"""The caller's overall sentiment over the conversation, as judged by post-call analysis."""


class CallIntelligenceReadyDataEvaluationCriteriaItem(ContractModel):
    """The verdict on one success criterion."""

    name: str = Field(description="The criterion, as configured on the agent.")
    passed: bool = Field(description="Whether the call met this criterion.")
    comment: str | None = Field(description="Why the analysis decided so, when it said; null otherwise.")


class CallIntelligenceReadyDataEvaluation(ContractModel):
    """The call scored against the agent's success criteria; null when the agent has none configured."""

    score: Annotated[float, Field(ge=0, le=100)] = Field(description="The share of criteria met, weighted as configured, from 0 to 100.")
    passed: bool = Field(description="Whether the call met the agent's pass mark.")
    criteria: list[CallIntelligenceReadyDataEvaluationCriteriaItem] = Field(description="One verdict per success criterion, in the order configured on the agent.")


class CallIntelligenceReadyData(ContractModel):
    """Post-call analysis of a call: its summary, the caller's sentiment, the extracted values and, when the agent has success criteria, the evaluation against them."""

    call_id: str = Field(description="The call's id; the same on every event and callback of the call.")
    agent_id: str = Field(description="The agent that handled the call.")
    status: CallEndStatus = Field(description="How the analysed call finished.")
    duration: Annotated[int, Field(ge=0)] = Field(description="The call's connected time in whole seconds.")
    cost: Money = Field(description="What the call cost the account, analysis included.")
    summary: str = Field(description="A short summary of the conversation.")
    sentiment: Sentiment = Field(description="The caller's overall sentiment.")
    extraction: dict[str, Any] = Field(description="The values extracted from the conversation, keyed by the extraction fields configured on the agent.")
    evaluation: CallIntelligenceReadyDataEvaluation = Field(description="The call scored against the agent's success criteria; null when the agent has none configured.")


class CallStartedData(ContractModel):
    """A call, inbound or outbound, that connected: the agent has started the conversation."""

    call_id: str = Field(description="The call's id; the same on every event and callback of the call.")
    agent_id: str = Field(description="The agent handling the call.")
    direction: CallDirection = Field(description="Whether the person called in or the agent dialled out.")
    caller: E164PhoneNumber | None = Field(description="The other party's number: the person who called in (inbound) or the number the agent dialled (outbound). Null when an inbound caller withheld their number.")
    phone_number_id: str = Field(description="The id of the account's phone number on the call (the one called, or the one dialled from).")
    phone_number: E164PhoneNumber = Field(description="The account's phone number on the call, the number of `phone_number_id`.")
    started_at: _dt.datetime = Field(description="When the call connected, RFC 3339 in UTC.")


class CallToolInvokedData(ContractModel):
    """One tool (a function or API integration) the agent called during a call, with its arguments and result."""

    call_id: str = Field(description="The call's id; the same on every event and callback of the call.")
    agent_id: str = Field(description="The agent that invoked the tool.")
    tool_id: str = Field(description="The id of the tool as configured on the agent.")
    tool_name: Annotated[str, Field(pattern="^[A-Za-z0-9_-]{1,64}$")] = Field(description="The tool's function name, as the language model calls it.")
    parameters: dict[str, Any] = Field(description="The arguments the agent passed, keyed by the tool's parameter names.")
    invoked_at: _dt.datetime = Field(description="When the agent invoked the tool, RFC 3339 in UTC.")
    status: Literal["succeeded", "failed", "timed_out"] = Field(description="How the invocation went: `succeeded`, `failed` (the tool answered with an error; see `error`) or `timed_out` (no answer in time).")
    duration_ms: Annotated[int, Field(ge=0)] | None = Field(default=None, description="How long the tool took to answer, in milliseconds.")
    result: dict[str, Any] | None = Field(description="The JSON object the tool returned to the agent; null when it failed, timed out or returned nothing.")
    error: ErrorDetail | None = Field(default=None, description="What went wrong, when `status` is `failed` or `timed_out`; null or absent otherwise.")


class CallTransferredData(ContractModel):
    """A call the agent forwarded to a person or another number with its transfer tool. `call.ended` follows with `ended_reason: transferred`."""

    call_id: str = Field(description="The call's id; the same on every event and callback of the call.")
    agent_id: str = Field(description="The agent that transferred the call.")
    transfer_destination: E164PhoneNumber = Field(description="The number the call was forwarded to.")
    transferred_at: _dt.datetime = Field(description="When the call was handed over, RFC 3339 in UTC.")
    reason: str = Field(description="Why the agent transferred the call, in the agent's words.")
    transfer_type: Literal["warm", "cold"] | None = Field(default=None, description="`warm` when the agent briefed the person taking over before connecting the caller, `cold` when it connected the caller straight away.")


MessageChannel = Literal["sms", "whatsapp", "web_chat", "email"]
"""The messaging channel a conversation runs on."""


class ConversationUpdatedData(ContractModel):
    """A messaging conversation whose status or details changed, for example handed to a person or resolved."""

    conversation_id: str = Field(description="The conversation's id.")
    status: Literal["open", "handed_off", "resolved", "closed"] = Field(description="The conversation's status after the change: `open` (the agent is answering), `handed_off` (passed to a person at the business), `resolved` (finished with its question answered) or `closed` (ended without resolution, for example after a period of inactivity).")
    changed_fields: Annotated[list[Annotated[str, Field(pattern="^[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*$")]], Field(min_length=1)] = Field(description="The conversation fields that changed, for example `status`.")
    channel: MessageChannel = Field(description="The channel the conversation runs on.")
    agent_id: str = Field(description="The agent the conversation belongs to.")
    updated_at: _dt.datetime = Field(description="When the change was made, RFC 3339 in UTC.")


class CustomAlertData(ContractModel):
    """Reserved, not sent yet: an alert rule defined by the account fired."""

    alert_id: str = Field(description="The alert rule's id.")
    name: Annotated[str, Field(min_length=1)] = Field(description="The alert rule's name.")
    severity: Literal["info", "warning", "critical"] = Field(description="The severity configured on the rule.")
    message: str = Field(description="What happened, for people.")
    triggered_at: _dt.datetime = Field(description="When the rule fired, RFC 3339 in UTC.")
    agent_id: str | None = Field(description="The agent the rule watches; null for a rule over the whole account.")
    metadata: dict[str, Any] | None = Field(default=None, description="The values that made the rule fire (for example the count and the window), keyed by the rule.")


class MessageReceivedDataAttachmentsItem(ContractModel):
    """One file sent with the message."""

    url: str = Field(description="Where to fetch the file.")
    content_type: Annotated[str, Field(pattern="^[a-z]+/[A-Za-z0-9.+-]+$")] = Field(description="The file's media type, for example `image/jpeg`.")
    size_bytes: Annotated[int, Field(ge=0)] = Field(description="The file's size in bytes.")


class MessageReceivedData(ContractModel):
    """An inbound message a customer sent on a messaging channel (SMS, WhatsApp, web chat or e-mail)."""

    message_id: str = Field(description="The message's id.")
    conversation_id: str = Field(description="The conversation the message belongs to; `conversation.updated` reports its changes.")
    from_: Annotated[str, Field(min_length=1)] = Field(alias="from", description="The sender, in the channel's own form: an E.164 number for `sms` and `whatsapp`, an e-mail address for `email`, an anonymous visitor id for `web_chat`.")
    channel: MessageChannel = Field(description="The channel the message arrived on.")
    text: str = Field(description="The message text; empty when the message carries only attachments.")
    received_at: _dt.datetime = Field(description="When the platform received the message, RFC 3339 in UTC.")
    agent_id: str = Field(description="The agent handling the conversation.")
    attachments: list[MessageReceivedDataAttachmentsItem] = Field(description="Files sent with the message, in order; empty when there are none.")


class PhoneNumberAssignedData(ContractModel):
    """A phone number newly provisioned for the account, attached to an agent or not yet."""

    phone_number_id: str = Field(description="The new phone number's id.")
    phone_number: E164PhoneNumber = Field(description="The phone number.")
    agent_id: str | None = Field(description="The agent the number is attached to; null when it is not attached to one yet.")
    assigned_at: _dt.datetime = Field(description="When the number was provisioned, RFC 3339 in UTC.")
    country: Annotated[str, Field(pattern="^[A-Z]{2}$")] | None = Field(default=None, description="The number's country, an ISO 3166-1 alpha-2 code in upper case.")
    capabilities: list[Literal["voice", "sms", "mms", "whatsapp"]] | None = Field(default=None, description="What the number can carry.")
    monthly_cost: Money | None = Field(default=None, description="What keeping the number costs the account per month.")


class PhoneNumberReleasedData(ContractModel):
    """A phone number released from the account; calls to it no longer reach any of the account's agents."""

    phone_number_id: str = Field(description="The released phone number's id.")
    phone_number: E164PhoneNumber = Field(description="The phone number.")
    agent_id: str | None = Field(description="The agent the number was attached to when it was released; null when it was not attached.")
    released_at: _dt.datetime = Field(description="When the number was released, RFC 3339 in UTC.")


class SystemApiKeyCreatedData(ContractModel):
    """A management API key that was issued. Only its id, name and prefix are sent: the secret key is shown once, to its creator, and never appears in an event."""

    api_key_id: Annotated[str, Field(pattern="^key_[0-9A-Za-z]{10,64}$")] = Field(description="The key's id (`key_` and a ULID); not the secret key.")
    name: Annotated[str, Field(min_length=1)] = Field(description="The name given to the key.")
    prefix: Annotated[str, Field(min_length=1, max_length=32)] = Field(description="The first characters of the key, as shown in the dashboard to tell keys apart; never the whole key.")
    actor: Actor = Field(description="Who created the key.")
    created_at: _dt.datetime = Field(description="When the key was created, RFC 3339 in UTC.")


class SystemApiKeyRevokedData(ContractModel):
    """A management API key that was revoked; requests made with it are refused from then on."""

    api_key_id: Annotated[str, Field(pattern="^key_[0-9A-Za-z]{10,64}$")] = Field(description="The revoked key's id (`key_` and a ULID); not the secret key.")
    name: Annotated[str, Field(min_length=1)] = Field(description="The name given to the key.")
    prefix: Annotated[str, Field(min_length=1, max_length=32)] = Field(description="The first characters of the key, as shown in the dashboard to tell keys apart; never the whole key.")
    actor: Actor = Field(description="Who revoked the key.")
    revoked_at: _dt.datetime = Field(description="When the key was revoked, RFC 3339 in UTC.")


class TestPingData(ContractModel):
    """The test event `POST /v1/webhooks/{id}/test` sends when no type is named. It carries no business data: acknowledge it with a 2xx like any other event."""

    message: str = Field(description="A human-readable note saying this is a test.")
    webhook_id: Annotated[str, Field(pattern="^wh_[0-9A-Za-z]{10,64}$")] = Field(description="The endpoint being tested (`wh_` and a ULID), the same as the envelope's `webhook_id`.")


class EventEnvelope(ContractModel):
    """The JSON body of every webhook delivery. `data` is defined per event type. Receivers must ignore fields they do not know: new optional fields are added without a new `api_version`."""

    id: Annotated[str, Field(pattern="^evt_[0-9A-Za-z]{10,64}$")] = Field(description="The event id (`evt_` and a ULID). Unique per event and the same on every retry and on every endpoint the event goes to, so use it to deduplicate. Also sent as the `webhook-id` header.")
    type: Annotated[str, Field(pattern="^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$")] = Field(description="The event type, `resource.action` in snake_case (for example `call.completed`).")
    event: Annotated[str, Field(pattern="^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$")] = Field(description="The same value as `type`, for receivers written against platforms that name the field `event`.")
    timestamp: _dt.datetime = Field(description="When the event happened (not when this delivery was sent), RFC 3339 in UTC.")
    api_version: Annotated[str, Field(pattern="^\\d{4}-\\d{2}-\\d{2}$")] = Field(description="The version of this contract the payload follows (the AsyncAPI document's `info.version`), a date such as `2026-11-01`.")
    account_id: Annotated[str, Field(pattern="^acct_[0-9A-Za-z]{10,64}$")] = Field(description="The account the event belongs to (`acct_` and a ULID).")
    webhook_id: Annotated[str, Field(pattern="^wh_[0-9A-Za-z]{10,64}$")] = Field(description="The webhook endpoint this delivery was sent to (`wh_` and a ULID); differs between endpoints receiving the same event.")
    data: dict[str, Any] = Field(description="The event's own payload; its schema depends on `type`.")


class AgentCreatedEvent(EventEnvelope):
    """`agent.created`. Agent created: A new agent was created."""

    type: Literal["agent.created"]
    event: Literal["agent.created"]
    data: AgentCreatedData


class AgentFailedEvent(EventEnvelope):
    """`agent.failed`. Agent failed: An agent hit a fatal runtime error."""

    type: Literal["agent.failed"]
    event: Literal["agent.failed"]
    data: AgentFailedData


class AgentNumberAssignedEvent(EventEnvelope):
    """`agent.number_assigned`. Agent number assigned: A phone number was attached to an agent."""

    type: Literal["agent.number_assigned"]
    event: Literal["agent.number_assigned"]
    data: AgentNumberAssignedData


class AgentPublishedEvent(EventEnvelope):
    """`agent.published`. Agent published: An agent version was published and is now live."""

    type: Literal["agent.published"]
    event: Literal["agent.published"]
    data: AgentPublishedData


class AgentUpdatedEvent(EventEnvelope):
    """`agent.updated`. Agent updated: An agent's configuration changed."""

    type: Literal["agent.updated"]
    event: Literal["agent.updated"]
    data: AgentUpdatedData


class AppointmentCancelledEvent(EventEnvelope):
    """`appointment.cancelled`. Appointment cancelled: An appointment was cancelled."""

    type: Literal["appointment.cancelled"]
    event: Literal["appointment.cancelled"]
    data: AppointmentCancelledData


class AppointmentCreatedEvent(EventEnvelope):
    """`appointment.created`. Appointment created: A new appointment was booked."""

    type: Literal["appointment.created"]
    event: Literal["appointment.created"]
    data: AppointmentCreatedData


class AppointmentReminderEvent(EventEnvelope):
    """`appointment.reminder`. Appointment reminder: A reminder for an upcoming appointment was sent."""

    type: Literal["appointment.reminder"]
    event: Literal["appointment.reminder"]
    data: AppointmentReminderData


class AppointmentUpdatedEvent(EventEnvelope):
    """`appointment.updated`. Appointment updated: An appointment was rescheduled or its details changed."""

    type: Literal["appointment.updated"]
    event: Literal["appointment.updated"]
    data: AppointmentUpdatedData


class AuthWelcomeEvent(EventEnvelope):
    """`auth.welcome`. Welcome: A new account signed up."""

    type: Literal["auth.welcome"]
    event: Literal["auth.welcome"]
    data: AuthWelcomeData


class BatchCompletedEvent(EventEnvelope):
    """`batch.completed` (reserved: catalogued and typed, not sent yet). Batch completed: Reserved: every call of an outbound batch has finished."""

    type: Literal["batch.completed"]
    event: Literal["batch.completed"]
    data: BatchCompletedData


class BillingBalanceDepletedEvent(EventEnvelope):
    """`billing.balance_depleted` (reserved: catalogued and typed, not sent yet). Balance depleted: Reserved: the account balance reached zero."""

    type: Literal["billing.balance_depleted"]
    event: Literal["billing.balance_depleted"]
    data: BillingBalanceDepletedData


class BillingLowBalanceEvent(EventEnvelope):
    """`billing.low_balance`. Low balance: The account balance fell below its threshold."""

    type: Literal["billing.low_balance"]
    event: Literal["billing.low_balance"]
    data: BillingLowBalanceData


class BillingPaymentFailedEvent(EventEnvelope):
    """`billing.payment_failed`. Payment failed: A payment attempt failed; the balance did not change."""

    type: Literal["billing.payment_failed"]
    event: Literal["billing.payment_failed"]
    data: BillingPaymentFailedData


class BillingTopupConfirmedEvent(EventEnvelope):
    """`billing.topup_confirmed`. Top-up confirmed: A wallet top-up was captured and credited."""

    type: Literal["billing.topup_confirmed"]
    event: Literal["billing.topup_confirmed"]
    data: BillingTopupConfirmedData


class CallAnsweredEvent(EventEnvelope):
    """`call.answered`. Call answered: An outbound call was picked up."""

    type: Literal["call.answered"]
    event: Literal["call.answered"]
    data: CallAnsweredData


class CallCompletedEvent(EventEnvelope):
    """`call.completed`. Call completed: A call ended and its transcript, recording and extracted data are ready."""

    type: Literal["call.completed"]
    event: Literal["call.completed"]
    data: CallCompletedData


class CallEndedEvent(EventEnvelope):
    """`call.ended`. Call ended: A call terminated, with its status, reason, duration and cost."""

    type: Literal["call.ended"]
    event: Literal["call.ended"]
    data: CallEndedData


class CallFailedEvent(EventEnvelope):
    """`call.failed`. Call failed: An outbound call could not be connected (busy, no answer, error, …)."""

    type: Literal["call.failed"]
    event: Literal["call.failed"]
    data: CallFailedData


class CallInitiatedEvent(EventEnvelope):
    """`call.initiated`. Call initiated: An outbound call started dialling."""

    type: Literal["call.initiated"]
    event: Literal["call.initiated"]
    data: CallInitiatedData


class CallIntelligenceReadyEvent(EventEnvelope):
    """`call.intelligence.ready`. Call intelligence ready: Post-call analysis (summary, sentiment, extraction, evaluation) is ready."""

    type: Literal["call.intelligence.ready"]
    event: Literal["call.intelligence.ready"]
    data: CallIntelligenceReadyData


class CallStartedEvent(EventEnvelope):
    """`call.started`. Call started: A call connected and the agent began speaking."""

    type: Literal["call.started"]
    event: Literal["call.started"]
    data: CallStartedData


class CallToolInvokedEvent(EventEnvelope):
    """`call.tool_invoked`. Call tool invoked: The agent invoked a tool during a call."""

    type: Literal["call.tool_invoked"]
    event: Literal["call.tool_invoked"]
    data: CallToolInvokedData


class CallTransferredEvent(EventEnvelope):
    """`call.transferred`. Call transferred: A call was handed to a human or another number."""

    type: Literal["call.transferred"]
    event: Literal["call.transferred"]
    data: CallTransferredData


class ConversationUpdatedEvent(EventEnvelope):
    """`conversation.updated`. Conversation updated: A messaging conversation changed status or details."""

    type: Literal["conversation.updated"]
    event: Literal["conversation.updated"]
    data: ConversationUpdatedData


class CustomAlertEvent(EventEnvelope):
    """`custom.alert` (reserved: catalogued and typed, not sent yet). Custom alert: Reserved: an account-defined alert rule fired."""

    type: Literal["custom.alert"]
    event: Literal["custom.alert"]
    data: CustomAlertData


class MessageReceivedEvent(EventEnvelope):
    """`message.received`. Message received: A customer sent a message to an agent."""

    type: Literal["message.received"]
    event: Literal["message.received"]
    data: MessageReceivedData


class PhoneNumberAssignedEvent(EventEnvelope):
    """`phone_number.assigned`. Phone number assigned: A phone number was provisioned for the account."""

    type: Literal["phone_number.assigned"]
    event: Literal["phone_number.assigned"]
    data: PhoneNumberAssignedData


class PhoneNumberReleasedEvent(EventEnvelope):
    """`phone_number.released`. Phone number released: A phone number was released from the account."""

    type: Literal["phone_number.released"]
    event: Literal["phone_number.released"]
    data: PhoneNumberReleasedData


class SystemApiKeyCreatedEvent(EventEnvelope):
    """`system.api_key_created`. API key created: A management API key was issued (the key itself is never sent)."""

    type: Literal["system.api_key_created"]
    event: Literal["system.api_key_created"]
    data: SystemApiKeyCreatedData


class SystemApiKeyRevokedEvent(EventEnvelope):
    """`system.api_key_revoked`. API key revoked: A management API key was revoked."""

    type: Literal["system.api_key_revoked"]
    event: Literal["system.api_key_revoked"]
    data: SystemApiKeyRevokedData


class TestPingEvent(EventEnvelope):
    """`test.ping`. Test ping: A test delivery from "send test event"."""

    type: Literal["test.ping"]
    event: Literal["test.ping"]
    data: TestPingData


class CallStatusDataAnalysis(ContractModel):
    """Post-call analysis. Present only on the extra callback sent when analysis completes, after the `completed` one."""

    summary: str = Field(description="A short summary of the conversation.")
    sentiment: Sentiment = Field(description="The caller's overall sentiment.")
    extracted_data: dict[str, Any] = Field(description="Values the agent extracted from the conversation.")


class CallStatusData(ContractModel):
    """A call's details at a status change. Fields that are not known yet (duration, recording, transcript before the call ends) are null."""

    call_id: str = Field(description="The call's id, as returned when the call was registered; the same on every callback of the call.")
    call_direction: CallDirection = Field(description="Whether the person called in or the agent dialled out.")
    status: Literal["registered", "ongoing", "completed", "failed", "error", "cancelled"] = Field(description="The call's status: `registered` (queued, waiting to be dialled), `ongoing` (in progress), `completed` (finished normally), `failed` (not answered or rejected), `error` (could not be connected) or `cancelled`. Calls move registered → ongoing → completed; failed, error and cancelled end a call instead.")
    call_duration: Annotated[int, Field(ge=0)] | None = Field(description="Connected time in whole seconds, once the call has ended; null before.")
    recording_url: str | None = Field(description="Where to fetch the call recording, once available; null otherwise.")
    transcript: str | None = Field(description="The call transcript as plain text, once the call has ended; null otherwise.")
    agent_id: str = Field(description="The agent that handles the call.")
    retry: Annotated[int, Field(ge=0)] = Field(description="How many times the call has been retried so far (0 on the first attempt).")
    from_number: E164PhoneNumber = Field(description="The number the call is placed from.")
    to_number: E164PhoneNumber = Field(description="The number being called.")
    custom_args_values: dict[str, Any] = Field(description="The `custom_args_values` given when the call was registered, echoed back unchanged.")
    analysis: CallStatusDataAnalysis | None = Field(default=None, description="Post-call analysis. Present only on the extra callback sent when analysis completes, after the `completed` one.")


class CallStatusCallback(ContractModel):
    """The body POSTed to a call's `callback_url` each time the call's status changes (and once more when post-call analysis is ready)."""

    status: Literal["success"] = Field(description="Always `success`: the callback itself reports a status change successfully. A failed call is reported with `data.status`, not here.")
    data: CallStatusData = Field(description="A call's details at a status change. Fields that are not known yet (duration, recording, transcript before the call ends) are null.")
    message: str = Field(description="A human-readable label for the callback, currently always `Call Details`.")


class UnknownEvent(EventEnvelope):
    """An event whose `type` this contract does not list: newer than this package. Acknowledge and ignore it."""


EventType = Literal[
    "agent.created",
    "agent.failed",
    "agent.number_assigned",
    "agent.published",
    "agent.updated",
    "appointment.cancelled",
    "appointment.created",
    "appointment.reminder",
    "appointment.updated",
    "auth.welcome",
    "batch.completed",
    "billing.balance_depleted",
    "billing.low_balance",
    "billing.payment_failed",
    "billing.topup_confirmed",
    "call.answered",
    "call.completed",
    "call.ended",
    "call.failed",
    "call.initiated",
    "call.intelligence.ready",
    "call.started",
    "call.tool_invoked",
    "call.transferred",
    "conversation.updated",
    "custom.alert",
    "message.received",
    "phone_number.assigned",
    "phone_number.released",
    "system.api_key_created",
    "system.api_key_revoked",
    "test.ping",
]
"""Every event type of the catalog, emitted and reserved."""

API_VERSION = "2026-11-01"
"""The contract version these models describe (the AsyncAPI document's info.version)."""

EVENT_MODELS: dict[str, type[EventEnvelope]] = {
    "agent.created": AgentCreatedEvent,
    "agent.failed": AgentFailedEvent,
    "agent.number_assigned": AgentNumberAssignedEvent,
    "agent.published": AgentPublishedEvent,
    "agent.updated": AgentUpdatedEvent,
    "appointment.cancelled": AppointmentCancelledEvent,
    "appointment.created": AppointmentCreatedEvent,
    "appointment.reminder": AppointmentReminderEvent,
    "appointment.updated": AppointmentUpdatedEvent,
    "auth.welcome": AuthWelcomeEvent,
    "batch.completed": BatchCompletedEvent,
    "billing.balance_depleted": BillingBalanceDepletedEvent,
    "billing.low_balance": BillingLowBalanceEvent,
    "billing.payment_failed": BillingPaymentFailedEvent,
    "billing.topup_confirmed": BillingTopupConfirmedEvent,
    "call.answered": CallAnsweredEvent,
    "call.completed": CallCompletedEvent,
    "call.ended": CallEndedEvent,
    "call.failed": CallFailedEvent,
    "call.initiated": CallInitiatedEvent,
    "call.intelligence.ready": CallIntelligenceReadyEvent,
    "call.started": CallStartedEvent,
    "call.tool_invoked": CallToolInvokedEvent,
    "call.transferred": CallTransferredEvent,
    "conversation.updated": ConversationUpdatedEvent,
    "custom.alert": CustomAlertEvent,
    "message.received": MessageReceivedEvent,
    "phone_number.assigned": PhoneNumberAssignedEvent,
    "phone_number.released": PhoneNumberReleasedEvent,
    "system.api_key_created": SystemApiKeyCreatedEvent,
    "system.api_key_revoked": SystemApiKeyRevokedEvent,
    "test.ping": TestPingEvent,
}
"""The envelope class of each event type."""

DATA_MODELS: dict[str, type[ContractModel]] = {
    "agent.created": AgentCreatedData,
    "agent.failed": AgentFailedData,
    "agent.number_assigned": AgentNumberAssignedData,
    "agent.published": AgentPublishedData,
    "agent.updated": AgentUpdatedData,
    "appointment.cancelled": AppointmentCancelledData,
    "appointment.created": AppointmentCreatedData,
    "appointment.reminder": AppointmentReminderData,
    "appointment.updated": AppointmentUpdatedData,
    "auth.welcome": AuthWelcomeData,
    "batch.completed": BatchCompletedData,
    "billing.balance_depleted": BillingBalanceDepletedData,
    "billing.low_balance": BillingLowBalanceData,
    "billing.payment_failed": BillingPaymentFailedData,
    "billing.topup_confirmed": BillingTopupConfirmedData,
    "call.answered": CallAnsweredData,
    "call.completed": CallCompletedData,
    "call.ended": CallEndedData,
    "call.failed": CallFailedData,
    "call.initiated": CallInitiatedData,
    "call.intelligence.ready": CallIntelligenceReadyData,
    "call.started": CallStartedData,
    "call.tool_invoked": CallToolInvokedData,
    "call.transferred": CallTransferredData,
    "conversation.updated": ConversationUpdatedData,
    "custom.alert": CustomAlertData,
    "message.received": MessageReceivedData,
    "phone_number.assigned": PhoneNumberAssignedData,
    "phone_number.released": PhoneNumberReleasedData,
    "system.api_key_created": SystemApiKeyCreatedData,
    "system.api_key_revoked": SystemApiKeyRevokedData,
    "test.ping": TestPingData,
}
"""The `data` class of each event type."""

RESERVED_EVENT_TYPES: frozenset[str] = frozenset({"batch.completed", "billing.balance_depleted", "custom.alert"})
"""Types that are catalogued and typed but refused at publish until enabled."""

_UNKNOWN = "__unknown__"


def _event_tag(value: Any) -> str:
    kind = value.get("type") if isinstance(value, dict) else getattr(value, "type", None)
    return kind if isinstance(kind, str) and kind in EVENT_MODELS else _UNKNOWN


WebhookEvent = Annotated[
    Union[
        Annotated[AgentCreatedEvent, Tag("agent.created")],
        Annotated[AgentFailedEvent, Tag("agent.failed")],
        Annotated[AgentNumberAssignedEvent, Tag("agent.number_assigned")],
        Annotated[AgentPublishedEvent, Tag("agent.published")],
        Annotated[AgentUpdatedEvent, Tag("agent.updated")],
        Annotated[AppointmentCancelledEvent, Tag("appointment.cancelled")],
        Annotated[AppointmentCreatedEvent, Tag("appointment.created")],
        Annotated[AppointmentReminderEvent, Tag("appointment.reminder")],
        Annotated[AppointmentUpdatedEvent, Tag("appointment.updated")],
        Annotated[AuthWelcomeEvent, Tag("auth.welcome")],
        Annotated[BatchCompletedEvent, Tag("batch.completed")],
        Annotated[BillingBalanceDepletedEvent, Tag("billing.balance_depleted")],
        Annotated[BillingLowBalanceEvent, Tag("billing.low_balance")],
        Annotated[BillingPaymentFailedEvent, Tag("billing.payment_failed")],
        Annotated[BillingTopupConfirmedEvent, Tag("billing.topup_confirmed")],
        Annotated[CallAnsweredEvent, Tag("call.answered")],
        Annotated[CallCompletedEvent, Tag("call.completed")],
        Annotated[CallEndedEvent, Tag("call.ended")],
        Annotated[CallFailedEvent, Tag("call.failed")],
        Annotated[CallInitiatedEvent, Tag("call.initiated")],
        Annotated[CallIntelligenceReadyEvent, Tag("call.intelligence.ready")],
        Annotated[CallStartedEvent, Tag("call.started")],
        Annotated[CallToolInvokedEvent, Tag("call.tool_invoked")],
        Annotated[CallTransferredEvent, Tag("call.transferred")],
        Annotated[ConversationUpdatedEvent, Tag("conversation.updated")],
        Annotated[CustomAlertEvent, Tag("custom.alert")],
        Annotated[MessageReceivedEvent, Tag("message.received")],
        Annotated[PhoneNumberAssignedEvent, Tag("phone_number.assigned")],
        Annotated[PhoneNumberReleasedEvent, Tag("phone_number.released")],
        Annotated[SystemApiKeyCreatedEvent, Tag("system.api_key_created")],
        Annotated[SystemApiKeyRevokedEvent, Tag("system.api_key_revoked")],
        Annotated[TestPingEvent, Tag("test.ping")],
        Annotated[UnknownEvent, Tag(_UNKNOWN)],
    ],
    Discriminator(_event_tag),
]
"""A delivered envelope: one of the event classes, chosen by `type`; `UnknownEvent` for types not listed."""

WEBHOOK_EVENT: TypeAdapter[WebhookEvent] = TypeAdapter(WebhookEvent)
"""Validates a JSON body (`validate_json`) or a dict (`validate_python`) into a `WebhookEvent`."""


__all__ = [
    "API_VERSION",
    "ContractModel",
    "DATA_MODELS",
    "EVENT_MODELS",
    "EventEnvelope",
    "EventType",
    "RESERVED_EVENT_TYPES",
    "UnknownEvent",
    "WEBHOOK_EVENT",
    "WebhookEvent",
    "AgentCreatedEvent",
    "AgentFailedEvent",
    "AgentNumberAssignedEvent",
    "AgentPublishedEvent",
    "AgentUpdatedEvent",
    "AppointmentCancelledEvent",
    "AppointmentCreatedEvent",
    "AppointmentReminderEvent",
    "AppointmentUpdatedEvent",
    "AuthWelcomeEvent",
    "BatchCompletedEvent",
    "BillingBalanceDepletedEvent",
    "BillingLowBalanceEvent",
    "BillingPaymentFailedEvent",
    "BillingTopupConfirmedEvent",
    "CallAnsweredEvent",
    "CallCompletedEvent",
    "CallEndedEvent",
    "CallFailedEvent",
    "CallInitiatedEvent",
    "CallIntelligenceReadyEvent",
    "CallStartedEvent",
    "CallToolInvokedEvent",
    "CallTransferredEvent",
    "ConversationUpdatedEvent",
    "CustomAlertEvent",
    "MessageReceivedEvent",
    "PhoneNumberAssignedEvent",
    "PhoneNumberReleasedEvent",
    "SystemApiKeyCreatedEvent",
    "SystemApiKeyRevokedEvent",
    "TestPingEvent",
]
