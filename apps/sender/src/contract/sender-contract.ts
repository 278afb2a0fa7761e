import { isAbsolute, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import {
  type AnyContract,
  type ContractValidation,
  contractValidation,
  voicehooksContract,
} from '@voicehooks/contracts'
import { ConfigError } from '../config.js'

/**
 * The contract this sender publishes and catalogues: `GET /v1/event-types`, the dashboard's catalog,
 * publish validation and the envelope's `api_version` all read it here, and nowhere else. It is
 * process-wide, like the environment it comes from (`VOICEHOOKS_CONTRACT`): set once at start by
 * {@link useSenderContract}; Voicehooks' own until then.
 */
let active: AnyContract = voicehooksContract
let validation: ContractValidation<AnyContract> = contractValidation(voicehooksContract)

/** The contract the sender runs with. */
export function senderContract(): AnyContract {
  return active
}

/** Validation against the sender's contract (catalog membership, reserved types, `data`). */
export function senderValidation(): ContractValidation<AnyContract> {
  return validation
}

/** Makes `contract` the sender's contract (startSender does, from `VOICEHOOKS_CONTRACT`). */
export function useSenderContract(contract: AnyContract): void {
  active = contract
  validation = contractValidation(contract)
}

/** True for values that look like a contract object: what codegen's `contract.ts` exports. */
function isContract(value: unknown): value is AnyContract {
  const c = value as Partial<AnyContract> | null
  return (
    typeof c === 'object' &&
    c !== null &&
    typeof c.apiVersion === 'string' &&
    Array.isArray(c.eventTypes) &&
    Array.isArray(c.catalog) &&
    typeof c.validators?.envelope === 'function' &&
    typeof c.validators.data === 'object' &&
    typeof c.examples === 'object' &&
    typeof c.conventions === 'object'
  )
}

const VARIABLE = 'VOICEHOOKS_CONTRACT'

/**
 * Loads the contract `spec` names: a package name (`@acme/contracts`) or a path to a module (relative
 * to `cwd`), exporting `contract`. Unset: Voicehooks' own.
 *
 * @throws {ConfigError} naming VOICEHOOKS_CONTRACT when it cannot be imported or exports no contract.
 */
export async function loadContract(spec: string | undefined, cwd = process.cwd()): Promise<AnyContract> {
  if (spec === undefined) return voicehooksContract
  const isPath = spec.startsWith('.') || isAbsolute(spec)
  const target = isPath ? pathToFileURL(resolve(cwd, spec)).href : spec
  let module: { contract?: unknown; default?: unknown }
  try {
    module = (await import(target)) as typeof module
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)
    throw new ConfigError(VARIABLE, `cannot import ${JSON.stringify(spec)}: ${reason}`)
  }
  const contract =
    module.contract ?? (module.default as { contract?: unknown } | undefined)?.contract ?? module.default
  if (!isContract(contract)) {
    throw new ConfigError(
      VARIABLE,
      `${JSON.stringify(spec)} exports no contract: expected a module exporting \`contract\` (made by voicehooks-codegen generate or init)`,
    )
  }
  return contract
}
