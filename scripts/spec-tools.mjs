#!/usr/bin/env node
// Runs the AsyncAPI ecosystem's own tools over our AsyncAPI documents, as a partner would:
//   1. `asyncapi validate` (the AsyncAPI CLI: parser + its Spectral governance ruleset) on each
//      document, failing on any warning (`--fail-severity warn`), not only on errors;
//   2. Modelina (the AsyncAPI model generator) to Python (pydantic) and Go, checking that each
//      event's generated `data` model has every field the spec requires (call.completed included).
// Prints one result line per tool and document; exits 1 if any check fails.
// (Redocly's lint of the OpenAPI document runs in `pnpm lint`.)
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { GoGenerator, Logger, PYTHON_PYDANTIC_PRESET, PythonGenerator } from '@asyncapi/modelina'
import { fromFile, Parser } from '@asyncapi/parser'

const root = join(import.meta.dirname, '..')
const DOCUMENTS = ['specs/asyncapi/webhooks.asyncapi.yaml', 'specs/asyncapi/call-callbacks.asyncapi.yaml']
let failures = 0

// The CLI records usage metrics unless told not to; nothing here may leave the machine.
const scratch = mkdtempSync(join(tmpdir(), 'vh-spec-tools-'))
const metricsConfig = join(scratch, 'asyncapi-analytics.json')
writeFileSync(metricsConfig, JSON.stringify({ analyticsEnabled: 'false', infoMessageShown: 'true' }))

/** `asyncapi validate FILE --fail-severity warn`, its output indented under one result line. */
function validate(document) {
  return new Promise((resolve) => {
    const child = spawn(
      join(root, 'node_modules/.bin/asyncapi'),
      ['validate', document, '--fail-severity', 'warn', '--diagnostics-format', 'stylish'],
      {
        cwd: root,
        env: { ...process.env, ASYNCAPI_METRICS_CONFIG_PATH: metricsConfig, CI: 'true' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let output = ''
    child.stdout.on('data', (chunk) => {
      output += chunk
    })
    child.stderr.on('data', (chunk) => {
      output += chunk
    })
    child.on('close', (code) => resolve({ document, code, output: output.trim() }))
  })
}

/** Modelina logs a warning per allOf merge it makes; count them by kind instead of printing hundreds. */
const modelinaWarnings = new Map()
Logger.setLogger({
  debug() {},
  info() {},
  warn(message) {
    const kind = String(message)
      .replace(/anonymous_schema_\d+/g, 'anonymous_schema_N')
      .replace(/(from|into) [A-Za-z0-9_]+/g, '$1 …')
    modelinaWarnings.set(kind, (modelinaWarnings.get(kind) ?? 0) + 1)
  },
  error(message) {
    modelinaWarnings.set(`error: ${message}`, (modelinaWarnings.get(`error: ${message}`) ?? 0) + 1)
  },
})

/** `schema` when it has a title, else the titled schema it wraps as `{description, allOf: [$ref]}`. */
function titled(schema) {
  if (!schema) return undefined
  if (schema.title() !== undefined) return schema
  const parts = schema.allOf() ?? []
  return parts.length === 1 && parts[0].title() !== undefined ? parts[0] : undefined
}

/**
 * The named schemas a partner's models come from, per message: an event's `data` (inside the
 * envelope's allOf), a callback's payload and its `data`; with their required fields.
 */
function dataSchemas(document) {
  const out = []
  for (const message of document.allMessages()) {
    const payload = message.payload()
    const candidates = [
      titled(payload),
      ...(payload?.allOf() ?? []).map((part) => titled(part.properties()?.['data'])),
      titled(payload?.properties()?.['data']),
    ]
    for (const schema of candidates) {
      if (schema && !out.some((o) => o.title === schema.title())) {
        out.push({ event: message.name(), title: schema.title(), required: schema.required() ?? [] })
      }
    }
  }
  return out
}

/** Generates models for one document and language; lists every required field a data model lacks. */
async function modelina(document, events, language) {
  const generator =
    language === 'python' ? new PythonGenerator({ presets: [PYTHON_PYDANTIC_PRESET] }) : new GoGenerator()
  const models = await generator.generate(document)
  const problems = []
  for (const { event, title, required } of events) {
    const model = models.find((m) => m.model.name === title || m.modelName === title)
    if (!model) {
      problems.push(`${event}: no model generated for ${title}`)
      continue
    }
    const properties = Object.values(model.model.properties ?? {})
    for (const field of required) {
      const property = properties.find((p) => p.unconstrainedPropertyName === field)
      if (!property) problems.push(`${event}: ${model.modelName} has no field ${field}`)
      else if (!property.required) problems.push(`${event}: ${model.modelName}.${field} is not required`)
      else if (!model.result.includes(property.propertyName))
        problems.push(`${event}: ${model.modelName} code does not declare ${property.propertyName}`)
    }
  }
  const completed = models.find((m) => m.model.name === 'CallCompletedData')
  return { count: models.length, problems, completed }
}

const validations = await Promise.all(DOCUMENTS.map(validate))
for (const { document, code, output } of validations) {
  const summary = /✖ \d+ problems? \([^)]*\)/.exec(output)?.[0] ?? ''
  const ok = code === 0
  if (!ok) failures++
  console.log(`asyncapi validate ${document}: ${ok ? 'passed' : 'FAILED'}${summary ? ` (${summary})` : ''}`)
  const lines = output.split('\n').filter((l) => l.trim() !== '')
  if (!ok || summary) for (const line of lines) console.log(`  ${line}`)
}

for (const file of DOCUMENTS) {
  const { document, diagnostics } = await fromFile(new Parser(), join(root, file)).parse()
  if (!document) {
    failures++
    console.log(`modelina ${file}: FAILED, the document does not parse (${diagnostics.length} diagnostics)`)
    continue
  }
  const events = dataSchemas(document)
  for (const language of ['python', 'go']) {
    const { count, problems, completed } = await modelina(document, events, language)
    if (problems.length > 0) failures++
    const checked =
      events.length > 0 ? `, ${events.length} payload/data models have every required field` : ''
    const hasCompleted = completed ? ' (call.completed included)' : ''
    console.log(
      `modelina ${language} ${relative(root, join(root, file))}: ${problems.length === 0 ? 'passed' : 'FAILED'}, ` +
        `${count} models${problems.length === 0 ? checked + hasCompleted : ''}`,
    )
    for (const problem of problems) console.log(`  ${problem}`)
  }
}
if (modelinaWarnings.size > 0) {
  const total = [...modelinaWarnings.values()].reduce((a, b) => a + b, 0)
  console.log(`modelina warnings: ${total} (allOf merges it performs; kinds below)`)
  for (const [kind, n] of [...modelinaWarnings].sort((a, b) => b[1] - a[1])) console.log(`  ${n}× ${kind}`)
}
rmSync(scratch, { recursive: true, force: true })
console.log(`spec tools: ${failures === 0 ? 'all passed' : `${failures} failed`}`)
process.exit(failures === 0 ? 0 : 1)
