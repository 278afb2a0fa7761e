import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { banner, type GeneratedFile } from './banner.js'
import type { ContractModel } from './contract-model.js'
import { emitPythonEvents } from './emit-python-events.js'
import { emitPythonManagement } from './emit-python-management.js'

/** Where the Python SDK's generated modules live, relative to the repository root. */
export const PYTHON_OUT_DIR = 'packages/python/src/voicehooks/generated'

/**
 * The Python SDK's generated package: \`events.py\` from the contract model (any AsyncAPI
 * document's), \`management.py\` from an OpenAPI document when one is given, and \`__init__.py\`.
 */
export function generatePython(
  model: ContractModel,
  openapi?: { path: string; document: { [key: string]: unknown } },
): GeneratedFile[] {
  const files = [
    {
      path: '__init__.py',
      contents: `${banner('Package marker', 'hash')}"""Generated models: \`events\` (the webhook contract) and \`management\` (the management API)."""\n`,
    },
    emitPythonEvents(model),
  ]
  if (openapi) files.push(emitPythonManagement(openapi.document, openapi.path))
  return files
}

/** Reads an OpenAPI YAML or JSON document for {@link generatePython}. */
export function readOpenApi(
  rootDir: string,
  file: string,
): { path: string; document: { [key: string]: unknown } } {
  return {
    path: file,
    document: parse(readFileSync(join(rootDir, file), 'utf8')) as { [key: string]: unknown },
  }
}
