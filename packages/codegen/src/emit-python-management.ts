import { banner, type GeneratedFile } from './banner.js'
import type { JsonSchema } from './clean-schema.js'
import { PythonModelWriter, pyLiteral } from './python-models.js'

const SCHEMA_REF = '#/components/schemas/'

const HEADER = `import datetime as _dt
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class ApiModel(BaseModel):
    """Base of every model here. Fields a newer server adds are kept (\`model_extra\`), never refused."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())`

/**
 * Emits \`management.py\`: one pydantic model (or type alias) per \`components.schemas\` entry of an
 * OpenAPI 3.x document, request bodies and responses alike, in document order; \`$ref\`s become
 * references to the named model.
 */
export function emitPythonManagement(openapi: { [key: string]: unknown }, file: string): GeneratedFile {
  const components = openapi['components'] as { schemas?: Record<string, JsonSchema> } | undefined
  const schemas = components?.schemas ?? {}
  const writer = new PythonModelWriter({
    base: 'ApiModel',
    reserved: ['ApiModel'],
    resolveRef(ref) {
      const name = ref.startsWith(SCHEMA_REF) ? ref.slice(SCHEMA_REF.length) : undefined
      const schema = name === undefined ? undefined : schemas[name]
      if (name === undefined || schema === undefined) throw new Error(`${file}: cannot resolve $ref ${ref}`)
      return { name, schema }
    },
  })
  const names = Object.keys(schemas).map((name) => writer.typeOf({ $ref: `${SCHEMA_REF}${name}` }, name))
  const contents = `${banner('Management API models (pydantic)', 'hash')}"""Pydantic models of the management API's schemas, generated from the OpenAPI document."""

${HEADER}


${writer.code()}
__all__ = [
${['ApiModel', ...new Set(names)].map((n) => `    ${pyLiteral(n)},`).join('\n')}
]
`
  return { path: 'management.py', contents }
}
