import { performance } from 'node:perf_hooks'
import { DEFAULT_PREFIX } from '@voicehooks/signing'
import { allChecks } from './checks/all-checks.js'
import type { CheckDefinition } from './checks/check.js'
import { createContext, type RunContext } from './checks/context.js'
import { ConformanceConfigError } from './errors.js'
import { type ConformanceOptions, resolveOptions } from './options.js'
import type { CheckGroup, ConformanceCheck, ConformanceReport } from './report.js'

/**
 * Tests a webhook receiver the way the platform will use it: every emitted catalog example,
 * correctly signed, must be acknowledged (2xx) within the deadline; forged, tampered, stale,
 * future-dated and header-less deliveries must be refused (4xx, ideally 401); a duplicate and an
 * unknown event type must be acknowledged. Checks run one at a time, each with a fresh event id.
 *
 * Resolves with the report whether checks pass or not; rejects only with a
 * {@link ConformanceConfigError} for bad options.
 *
 * @example In a vitest (or jest) suite of your own receiver
 * ```ts
 * import { formatTable, runConformance } from '@voicehooks/conformance'
 * import { expect, test } from 'vitest'
 *
 * test('our webhook endpoint conforms to Voicehooks', async () => {
 *   const server = await startMyServer({ port: 0, webhookSecret: secret }) // your app
 *   try {
 *     const report = await runConformance({ url: `${server.url}/webhooks`, secret, deadlineMs: 1000 })
 *     expect(report.ok, formatTable(report)).toBe(true)
 *   } finally {
 *     await server.close()
 *   }
 * })
 * ```
 */
export async function runConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  const resolved = resolveOptions(options)
  const definitions = select(allChecks(resolved.scheme, resolved.prefix), resolved.only)
  const context = createContext(resolved)
  const startedAt = new Date()
  const started = performance.now()
  const checks: ConformanceCheck[] = []
  for (const definition of definitions) {
    const check = await runCheck(definition, context)
    checks.push(check)
    resolved.onCheck?.(check)
  }
  const count = (status: ConformanceCheck['status']) =>
    checks.filter((check) => check.status === status).length
  const failed = count('failed')
  return {
    url: resolved.url,
    scheme: resolved.scheme,
    prefix: resolved.prefix,
    deadlineMs: resolved.deadlineMs,
    startedAt: startedAt.toISOString(),
    durationMs: Math.round(performance.now() - started),
    checks,
    passed: count('passed'),
    failed,
    skipped: count('skipped'),
    ok: failed === 0,
  }
}

/** The names of every check (and group) for a scheme, for `--only` and documentation. */
export function listChecks(
  scheme: ConformanceOptions['scheme'] = 'standard',
  prefix = DEFAULT_PREFIX,
): { name: string; group: CheckGroup }[] {
  return allChecks(scheme, prefix).map(({ name, group }) => ({ name, group }))
}

async function runCheck(definition: CheckDefinition, context: RunContext): Promise<ConformanceCheck> {
  const { name, group } = definition
  if (definition.skip !== undefined) {
    const check: ConformanceCheck = {
      name,
      group,
      status: 'skipped',
      passed: false,
      expected: '-',
      actual: 'skipped',
      durationMs: 0,
      detail: definition.skip,
    }
    return check
  }
  const outcome = await definition.run(context)
  const check: ConformanceCheck = { name, group, ...outcome, passed: outcome.status === 'passed' }
  return check
}

function select(definitions: CheckDefinition[], only: ReadonlySet<string> | undefined): CheckDefinition[] {
  if (only === undefined) return definitions
  const known = new Set(definitions.flatMap(({ name, group }) => [name, group]))
  const unknown = [...only].filter((name) => !known.has(name))
  if (unknown.length > 0) {
    throw new ConformanceConfigError(
      'invalid_option',
      `unknown check ${unknown.map((name) => JSON.stringify(name)).join(', ')} in only: use check names ` +
        `(e.g. call.completed, stale-timestamp) or groups (examples, signature, timestamp, headers, delivery)`,
    )
  }
  const selected = definitions.filter(({ name, group }) => only.has(name) || only.has(group))
  if (selected.length === 0) throw new ConformanceConfigError('invalid_option', 'only selects no check')
  return selected
}
