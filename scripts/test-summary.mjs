#!/usr/bin/env node
// Totals the vitest JSON reports every workspace package writes to .vitest-report.json (and the pytest
// JUnit XML a Python package, one with a pyproject.toml, writes to .pytest-report.xml), prints one
// closing line "Tests: N passed, N failed, N skipped", and fails when any package failed or wrote no report.
// `--reset` deletes old reports first, so a package that crashes before reporting cannot pass on a stale one.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')
const packages = ['packages', 'apps'].flatMap((group) => {
  const dir = join(root, group)
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .filter((dir) => {
      const pkg = join(dir, 'package.json')
      return existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).scripts?.test
    })
})

const isPython = (dir) => existsSync(join(dir, 'pyproject.toml'))
const reportOf = (dir) => join(dir, isPython(dir) ? '.pytest-report.xml' : '.vitest-report.json')

if (process.argv.includes('--reset')) {
  for (const dir of packages) rmSync(reportOf(dir), { force: true })
  process.exit(0)
}

/** pytest's JUnit XML: the <testsuite> counts (errors are failures; skipped are neither passed nor failed). */
function readPytest(file) {
  const xml = readFileSync(file, 'utf8')
  const totals = { passed: 0, failed: 0, skipped: 0 }
  for (const [, attributes] of xml.matchAll(/<testsuite\b([^>]*)>/g)) {
    const count = (name) => Number(new RegExp(`\\b${name}="(\\d+)"`).exec(attributes)?.[1] ?? 0)
    const failed = count('failures') + count('errors')
    totals.failed += failed
    totals.skipped += count('skipped')
    totals.passed += count('tests') - failed - count('skipped')
  }
  return totals
}

let passed = 0
let failed = 0
let skipped = 0
const missing = []
for (const dir of packages) {
  const file = reportOf(dir)
  if (!existsSync(file)) {
    missing.push(dir.slice(root.length + 1))
    continue
  }
  if (isPython(dir)) {
    const pytest = readPytest(file)
    passed += pytest.passed
    failed += pytest.failed
    skipped += pytest.skipped
    continue
  }
  const report = JSON.parse(readFileSync(file, 'utf8'))
  passed += report.numPassedTests
  failed += report.numFailedTests
  skipped += report.numPendingTests + (report.numTodoTests ?? 0)
  const suiteFailures = report.testResults.filter(
    (r) => r.status === 'failed' && r.assertionResults.length === 0,
  )
  failed += suiteFailures.length
}
for (const m of missing) console.log(`no test report from ${m} (it crashed or did not run)`)
console.log(`Tests: ${passed} passed, ${failed + missing.length} failed, ${skipped} skipped`)
process.exit(failed + missing.length > 0 ? 1 : 0)
