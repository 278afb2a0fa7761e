import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const SRC = join(import.meta.dirname, '..')

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sources(path)
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : []
  })
}

describe('the delivery queue owns its tables', () => {
  it('no module outside src/queue writes deliveries or lanes', () => {
    const writes = /\b(INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+(deliveries|lanes)\b/i
    const offenders = sources(SRC)
      .filter((file) => !relative(SRC, file).startsWith('queue/') && writes.test(readFileSync(file, 'utf8')))
      .map((file) => relative(SRC, file))
    expect(offenders).toEqual([])
    // The check finds writes where they are.
    expect(sources(join(SRC, 'queue')).some((file) => writes.test(readFileSync(file, 'utf8')))).toBe(true)
  })

  it('no module outside src/queue sends the wake-up NOTIFY', () => {
    const offenders = sources(SRC)
      .filter(
        (file) => !relative(SRC, file).startsWith('queue/') && /pg_notify/.test(readFileSync(file, 'utf8')),
      )
      .map((file) => relative(SRC, file))
    expect(offenders).toEqual([])
  })
})
