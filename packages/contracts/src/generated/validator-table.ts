// THIS FILE IS GENERATED - DO NOT EDIT DIRECTLY
// Validator table: made by `pnpm codegen` (packages/codegen) from specs/.
// Change the spec or the generator, then run `pnpm codegen`; CI runs `pnpm codegen:check`.

import type { EventType } from './types.js'
import {
  type CompiledValidator,
  validateEnvelope,
  validateAgentCreatedData,
  validateAgentFailedData,
  validateAgentNumberAssignedData,
  validateAgentPublishedData,
  validateAgentUpdatedData,
  validateAppointmentCancelledData,
  validateAppointmentCreatedData,
  validateAppointmentReminderData,
  validateAppointmentUpdatedData,
  validateAuthWelcomeData,
  validateBatchCompletedData,
  validateBillingBalanceDepletedData,
  validateBillingLowBalanceData,
  validateBillingPaymentFailedData,
  validateBillingTopupConfirmedData,
  validateCallAnsweredData,
  validateCallCompletedData,
  validateCallEndedData,
  validateCallFailedData,
  validateCallInitiatedData,
  validateCallIntelligenceReadyData,
  validateCallStartedData,
  validateCallToolInvokedData,
  validateCallTransferredData,
  validateConversationUpdatedData,
  validateCustomAlertData,
  validateMessageReceivedData,
  validatePhoneNumberAssignedData,
  validatePhoneNumberReleasedData,
  validateSystemApiKeyCreatedData,
  validateSystemApiKeyRevokedData,
  validateTestPingData,
  validateCallStatus,
} from './validators.js'

export type { CompiledValidator, CompiledValidatorError } from './validators.js'

/** Checks the envelope fields every event shares (not `data`). */
export const envelopeValidator: CompiledValidator = validateEnvelope

/** One precompiled validator of `data` per event type. */
export const dataValidators: { readonly [K in EventType]: CompiledValidator } = {
  'agent.created': validateAgentCreatedData,
  'agent.failed': validateAgentFailedData,
  'agent.number_assigned': validateAgentNumberAssignedData,
  'agent.published': validateAgentPublishedData,
  'agent.updated': validateAgentUpdatedData,
  'appointment.cancelled': validateAppointmentCancelledData,
  'appointment.created': validateAppointmentCreatedData,
  'appointment.reminder': validateAppointmentReminderData,
  'appointment.updated': validateAppointmentUpdatedData,
  'auth.welcome': validateAuthWelcomeData,
  'batch.completed': validateBatchCompletedData,
  'billing.balance_depleted': validateBillingBalanceDepletedData,
  'billing.low_balance': validateBillingLowBalanceData,
  'billing.payment_failed': validateBillingPaymentFailedData,
  'billing.topup_confirmed': validateBillingTopupConfirmedData,
  'call.answered': validateCallAnsweredData,
  'call.completed': validateCallCompletedData,
  'call.ended': validateCallEndedData,
  'call.failed': validateCallFailedData,
  'call.initiated': validateCallInitiatedData,
  'call.intelligence.ready': validateCallIntelligenceReadyData,
  'call.started': validateCallStartedData,
  'call.tool_invoked': validateCallToolInvokedData,
  'call.transferred': validateCallTransferredData,
  'conversation.updated': validateConversationUpdatedData,
  'custom.alert': validateCustomAlertData,
  'message.received': validateMessageReceivedData,
  'phone_number.assigned': validatePhoneNumberAssignedData,
  'phone_number.released': validatePhoneNumberReleasedData,
  'system.api_key_created': validateSystemApiKeyCreatedData,
  'system.api_key_revoked': validateSystemApiKeyRevokedData,
  'test.ping': validateTestPingData,
}

/** Validators of the per-call callback messages, by message name. */
export const callbackValidators: { readonly [name: string]: CompiledValidator } = {
  'call.status': validateCallStatus,
}
