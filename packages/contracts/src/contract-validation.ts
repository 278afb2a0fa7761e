import type { AnyContract, ContractEvents, ContractEventType } from './contract.js'
import { toIssues, type ValidationIssue } from './validation-issue.js'

/** The outcome of a validation: the typed value, or every issue found. */
export type ValidationResult<T> =
  | { ok: true; value: T }
  | {
      ok: false
      /** `unknown_type` when the envelope is fine but its type is not in the catalog (receivers ignore those). */
      reason: 'invalid' | 'unknown_type'
      errors: ValidationIssue[]
    }

/** Validation against one contract: catalog membership, `data` per type, whole envelopes. */
export interface ContractValidation<C extends AnyContract> {
  /** True when `name` is an event type of the catalog (emitted or reserved). */
  isEventType(name: unknown): name is ContractEventType<C>
  /** True when `name` is catalogued but reserved: typed, never published until enabled. */
  isReservedEventType(name: unknown): boolean
  /** Validates `data` of one event type against its precompiled schema (paths relative to `data`). */
  validateData(type: string, data: unknown): ValidationResult<unknown>
  /**
   * Validates a delivered envelope: the shared fields, `event` equal to `type` when the contract
   * mirrors it, then `data` against the schema of its `type`. An unknown type answers
   * `reason: 'unknown_type'`, so receivers can acknowledge and ignore it.
   */
  validateEvent(input: unknown): ValidationResult<ContractEvents<C>>
}

const cache = new WeakMap<AnyContract, ContractValidation<AnyContract>>()

/**
 * The validation of `contract`, built once per contract object (type sets precomputed), so calling
 * it per delivery costs a map lookup.
 *
 * @example
 * ```ts
 * const r = contractValidation(contract).validateEvent(JSON.parse(rawBody))
 * if (r.ok && r.value.type === 'invoice.paid') r.value.data.amount_cents // typed from the contract
 * ```
 */
export function contractValidation<C extends AnyContract>(contract: C): ContractValidation<C> {
  let validation = cache.get(contract)
  if (validation === undefined) {
    validation = buildValidation(contract)
    cache.set(contract, validation)
  }
  return validation as ContractValidation<C>
}

function buildValidation(contract: AnyContract): ContractValidation<AnyContract> {
  const known: ReadonlySet<string> = new Set(contract.eventTypes)
  const reserved: ReadonlySet<string> = new Set(contract.catalog.filter((e) => e.reserved).map((e) => e.name))
  const { envelope: envelopeValidator, data: dataValidators } = contract.validators
  const mirrors = contract.conventions.mirrorsType
  const isEventType = (name: unknown): name is string => typeof name === 'string' && known.has(name)
  return {
    isEventType,
    isReservedEventType: (name) => typeof name === 'string' && reserved.has(name),
    validateData(type, data) {
      const validator = isEventType(type) ? dataValidators[type] : undefined
      if (!validator) {
        return {
          ok: false,
          reason: 'unknown_type',
          errors: [{ path: '', message: `unknown event type "${String(type)}"`, keyword: 'unknown_type' }],
        }
      }
      if (validator(data)) return { ok: true, value: data }
      return { ok: false, reason: 'invalid', errors: toIssues(validator.errors) }
    },
    validateEvent(input) {
      if (!envelopeValidator(input))
        return { ok: false, reason: 'invalid', errors: toIssues(envelopeValidator.errors) }
      const envelope = input as { type: string; event?: string; data: unknown }
      if (mirrors && envelope.event !== envelope.type) {
        return {
          ok: false,
          reason: 'invalid',
          errors: [{ path: '/event', message: `must equal type "${envelope.type}"`, keyword: 'const' }],
        }
      }
      const validator = isEventType(envelope.type) ? dataValidators[envelope.type] : undefined
      if (validator === undefined) {
        return {
          ok: false,
          reason: 'unknown_type',
          errors: [
            {
              path: '/type',
              message: `unknown event type "${String(envelope.type)}"`,
              keyword: 'unknown_type',
            },
          ],
        }
      }
      if (validator(envelope.data)) return { ok: true, value: input as ContractEventShapeOf }
      return { ok: false, reason: 'invalid', errors: toIssues(validator.errors, '/data') }
    },
  }
}

type ContractEventShapeOf = ContractEvents<AnyContract>
