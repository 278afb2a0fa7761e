import type { CompiledValidatorError } from './generated/validator-table.js'

/** One contract violation: a JSON pointer into the checked value and what is wrong there. */
export interface ValidationIssue {
  /** JSON pointer, e.g. `/data/call_id` (`` for the whole value). */
  path: string
  /** Reads after the path: `/data/direction must be one of: inbound, outbound`. */
  message: string
  /** The JSON Schema keyword that failed (`required`, `enum`, `format`, …) or `unknown_type`. */
  keyword: string
}

/** Turns ajv's errors into issues whose path names the failing field itself, even for `required`. */
export function toIssues(
  errors: readonly CompiledValidatorError[] | null | undefined,
  prefix = '',
): ValidationIssue[] {
  return (errors ?? []).map((e) => {
    const params = e.params as { missingProperty?: string; allowedValues?: unknown[]; format?: string }
    if (e.keyword === 'required' && params.missingProperty !== undefined) {
      return {
        path: `${prefix}${e.instancePath}/${params.missingProperty}`,
        message: 'is required',
        keyword: e.keyword,
      }
    }
    let message = e.message ?? 'is invalid'
    if (e.keyword === 'enum' && params.allowedValues)
      message = `must be one of: ${params.allowedValues.join(', ')}`
    return { path: `${prefix}${e.instancePath}`, message, keyword: e.keyword }
  })
}

/** Formats issues one per line, for logs and CLI output. */
export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((i) => `${i.path || '(root)'} ${i.message}`).join('\n')
}
