#!/usr/bin/env node
// Totals the vitest JSON reports every workspace package writes to .vitest-report.json (and the pytest
// JUnit XML a Python package, one with a pyproject.toml, writes to .pytest-report.xml), prints one
// closing line "Tests: N passed, N failed, N skipped", and fails when any package failed or wrote no report.
// Every failed test is named (package, file, test, first line of its error) just above that line, so the
// tail of a CI log says what failed. `--reset` deletes old reports first, so a package that crashes before reporting cannot pass on a stale one.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { stripVTControlCharacters } from 'node:util'

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
/** `package › file › test: first error line` of every failure, printed just above the closing line. */
const failures = []
const firstLine = (messages) =>
  stripVTControlCharacters(String(messages?.[0] ?? ''))
    .split('\n')
    .find((line) => line.trim() !== '')
    ?.trim()
    .slice(0, 240) ?? ''
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
    for (const [, name] of readFileSync(file, 'utf8').matchAll(
      /<testcase\b[^>]*\bname="([^"]*)"[^>]*>\s*<(?:failure|error)\b/g,
    ))
      failures.push(`${dir.slice(root.length + 1)} › ${name}`)
    continue
  }
  const report = JSON.parse(readFileSync(file, 'utf8'))
  passed += report.numPassedTests
  failed += report.numFailedTests
  skipped += report.numPendingTests + (report.numTodoTests ?? 0)
  // A file that failed with no failed test (its import or a beforeAll threw; its tests count as skipped).
  const suiteFailures = report.testResults.filter(
    (r) => r.status === 'failed' && !r.assertionResults.some((t) => t.status === 'failed'),
  )
  failed += suiteFailures.length
  const pkg = dir.slice(root.length + 1)
  for (const suite of report.testResults) {
    const file = suite.name.startsWith(dir) ? suite.name.slice(dir.length + 1) : suite.name
    if (suiteFailures.includes(suite))
      failures.push(
        `${pkg} › ${file}: ${firstLine([suite.message]) || 'failed outside its tests (an import or a hook threw)'}`,
      )
    for (const test of suite.assertionResults)
      if (test.status === 'failed')
        failures.push(`${pkg} › ${file} › ${test.fullName}: ${firstLine(test.failureMessages)}`)
  }
}
if (failures.length > 0) {
  console.log(`Failed (${failures.length}):`)
  for (const f of failures) console.log(`  ${f}`)
}
for (const m of missing) console.log(`no test report from ${m} (it crashed or did not run)`)
console.log(`Tests: ${passed} passed, ${failed + missing.length} failed, ${skipped} skipped`)
process.exit(failed + missing.length > 0 ? 1 : 0)
