import { pathToFileURL } from 'node:url'
import { banner, type GeneratedFile } from './banner.js'

export const MANAGEMENT_SPEC = 'specs/openapi/management.openapi.yaml'

/** Emits `management-api.ts` from the OpenAPI document at `specPath`: openapi-typescript's `paths`/`components`/`operations` for the client and server. */
export async function emitManagementApi(specPath: string, origin?: string): Promise<GeneratedFile> {
  // Loaded when needed, as ESM even from this package's CommonJS build: openapi-typescript's own
  // CommonJS build require()s an ESM-only dependency, which Node before 20.19 cannot load.
  const { default: openapiTS, astToString } = await import('openapi-typescript')
  const ast = await openapiTS(pathToFileURL(specPath), {
    alphabetize: true,
    exportType: false,
  })
  return {
    path: 'management-api.ts',
    contents: `${banner('Management API types (openapi-typescript)', 'line', origin)}\n${astToString(ast)}`,
  }
}
