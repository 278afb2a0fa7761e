import { relative } from 'node:path'
import { fromFile, Parser } from '@asyncapi/parser'
import { CodegenError, type SpecDiagnostic } from './errors.js'

/** The dereferenced AsyncAPI document as plain JSON. */
export type AsyncApiJson = { [key: string]: unknown }

const ERROR_SEVERITY = 0

/**
 * Parses and validates an AsyncAPI document (relative-file $refs resolve from its folder).
 * Any error-severity diagnostic fails the run with every diagnostic's file and JSON path,
 * because a document with errors comes back without a model at all.
 */
export async function loadAsyncApi(absPath: string, rootDir: string): Promise<AsyncApiJson> {
  const parser = new Parser()
  const { document, diagnostics } = await fromFile(parser, absPath).parse()
  const errors = diagnostics.filter((d) => d.severity === ERROR_SEVERITY)
  if (!document || errors.length > 0) {
    const file = relative(rootDir, absPath)
    const located: SpecDiagnostic[] = errors.map((d) => ({
      file: typeof d.source === 'string' && d.source.length > 0 ? relative(rootDir, d.source) : file,
      path: d.path.length > 0 ? d.path.join('.') : '(document)',
      message: d.message,
    }))
    throw new CodegenError('spec_invalid', `${file} is not a valid AsyncAPI document`, located)
  }
  return document.json() as unknown as AsyncApiJson
}
