// THIS FILE IS GENERATED - DO NOT EDIT DIRECTLY
// Validator declarations: made by `pnpm codegen` (packages/codegen) from specs/.
// Change the spec or the generator, then run `pnpm codegen`; CI runs `pnpm codegen:check`.

/** An ajv error as the standalone validators report it. */
export interface CompiledValidatorError {
  instancePath: string
  schemaPath: string
  keyword: string
  params: Record<string, unknown>
  message?: string
}

/** A precompiled validator: returns true when valid; otherwise `errors` holds every failure. */
export interface CompiledValidator {
  (data: unknown): boolean
  errors?: CompiledValidatorError[] | null
}

export declare const validateEnvelope: CompiledValidator
export declare const validateAgentCreatedData: CompiledValidator
export declare const validateAgentFailedData: CompiledValidator
export declare const validateAgentNumberAssignedData: CompiledValidator
export declare const validateAgentPublishedData: CompiledValidator
export declare const validateAgentUpdatedData: CompiledValidator
export declare const validateAppointmentCancelledData: CompiledValidator
export declare const validateAppointmentCreatedData: CompiledValidator
export declare const validateAppointmentReminderData: CompiledValidator
export declare const validateAppointmentUpdatedData: CompiledValidator
export declare const validateAuthWelcomeData: CompiledValidator
export declare const validateBatchCompletedData: CompiledValidator
export declare const validateBillingBalanceDepletedData: CompiledValidator
export declare const validateBillingLowBalanceData: CompiledValidator
export declare const validateBillingPaymentFailedData: CompiledValidator
export declare const validateBillingTopupConfirmedData: CompiledValidator
export declare const validateCallAnsweredData: CompiledValidator
export declare const validateCallCompletedData: CompiledValidator
export declare const validateCallEndedData: CompiledValidator
export declare const validateCallFailedData: CompiledValidator
export declare const validateCallInitiatedData: CompiledValidator
export declare const validateCallIntelligenceReadyData: CompiledValidator
export declare const validateCallStartedData: CompiledValidator
export declare const validateCallToolInvokedData: CompiledValidator
export declare const validateCallTransferredData: CompiledValidator
export declare const validateConversationUpdatedData: CompiledValidator
export declare const validateCustomAlertData: CompiledValidator
export declare const validateMessageReceivedData: CompiledValidator
export declare const validatePhoneNumberAssignedData: CompiledValidator
export declare const validatePhoneNumberReleasedData: CompiledValidator
export declare const validateSystemApiKeyCreatedData: CompiledValidator
export declare const validateSystemApiKeyRevokedData: CompiledValidator
export declare const validateTestPingData: CompiledValidator
export declare const validateCallStatus: CompiledValidator
