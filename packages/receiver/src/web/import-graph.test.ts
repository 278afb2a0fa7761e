import { existsSync } from 'node:fs'
import { readFile, realpath } from 'node:fs/promises'
import { builtinModules, createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const here = dirname(fileURLToPath(import.meta.url))
const require = createRequire(import.meta.url)

/** Globals only Node has; using any of them breaks on Workers / Vercel Edge / Deno without compat flags. */
const NODE_GLOBALS = new Set([
  'Buffer',
  'process',
  'setImmediate',
  'require',
  '__dirname',
  '__filename',
  'global',
])

interface Module {
  specifiers: string[]
  /** `Buffer` and the like, with their line numbers. */
  nodeGlobals: string[]
}

/** Where a workspace package's entry (`@voicehooks/x` or `@voicehooks/x/sub`) points with the `@voicehooks/source` condition. */
async function workspaceSource(specifier: string): Promise<string | undefined> {
  const match = /^(@voicehooks\/[^/]+)(\/.*)?$/.exec(specifier)
  if (match === null) return undefined
  const manifestPath = await realpath(require.resolve(`${match[1]}/package.json`))
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as {
    exports: Record<string, { '@voicehooks/source'?: string }>
  }
  const source = manifest.exports[`.${match[2] ?? ''}`]?.['@voicehooks/source']
  if (source === undefined)
    throw new Error(`${specifier}: no \`@voicehooks/source\` export in ${manifestPath}`)
  return resolve(dirname(manifestPath), source)
}

function relativeFile(from: string, specifier: string): string {
  const target = resolve(dirname(from), specifier)
  const asTs = target.replace(/\.js$/, '.ts')
  return existsSync(asTs) ? asTs : target
}

/** Static, side-effect, re-export and dynamic import specifiers, type-only ones included, and Node globals used. */
function scan(file: string, text: string): Module {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const specifiers: string[] = []
  const nodeGlobals: string[] = []
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier !== undefined
    ) {
      if (ts.isStringLiteral(node.moduleSpecifier)) specifiers.push(node.moduleSpecifier.text)
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments
      specifiers.push(argument !== undefined && ts.isStringLiteral(argument) ? argument.text : '<dynamic>')
    } else if (ts.isIdentifier(node) && NODE_GLOBALS.has(node.text) && isReference(node)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart())
      nodeGlobals.push(`${node.text} (line ${line + 1})`)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return { specifiers, nodeGlobals }
}

/** `Buffer` in `Buffer.from(x)` or `x instanceof Buffer`, not in `a.Buffer`, `{ Buffer: 1 }` or a declaration. */
function isReference(node: ts.Identifier): boolean {
  const parent = node.parent
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false
  if ((ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && parent.name === node)
    return false
  if (ts.isMethodDeclaration(parent) || ts.isPropertySignature(parent) || ts.isMethodSignature(parent))
    return false
  if (
    (ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isFunctionDeclaration(parent)) &&
    parent.name === node
  )
    return false
  return true
}

/** Every module reachable from `entry` through relative imports and workspace packages' `@voicehooks/source` entries. */
async function importGraph(entry: string): Promise<Map<string, Module>> {
  const graph = new Map<string, Module>()
  const pending = [entry]
  while (pending.length > 0) {
    const file = pending.pop()!
    if (graph.has(file)) continue
    const module = scan(file, await readFile(file, 'utf8'))
    graph.set(file, module)
    for (const specifier of module.specifiers) {
      if (specifier.startsWith('.')) pending.push(relativeFile(file, specifier))
      else {
        const target = await workspaceSource(specifier)
        if (target !== undefined) pending.push(target)
      }
    }
  }
  return graph
}

/** What in `graph` would not load on a runtime with only web-platform APIs. */
function nodeOnly(graph: Map<string, Module>): string[] {
  const problems: string[] = []
  for (const [file, { specifiers, nodeGlobals }] of graph) {
    for (const specifier of specifiers) {
      if (specifier.startsWith('.') || specifier.startsWith('@voicehooks/')) continue
      const builtin = specifier.startsWith('node:') || builtinModules.includes(specifier)
      problems.push(
        `${file} imports ${specifier}${builtin ? ' (a Node built-in)' : ' (not a workspace package)'}`,
      )
    }
    for (const global of nodeGlobals) problems.push(`${file} uses ${global}`)
  }
  return problems
}

describe('@voicehooks/receiver/web import graph', () => {
  it('reaches the web verifier and the contract validators, not node:crypto', async () => {
    const files = [...(await importGraph(join(here, 'index.ts'))).keys()]
    expect(files.some((file) => file.endsWith('signing/src/web/verify.ts'))).toBe(true)
    expect(files.some((file) => file.endsWith('contracts/src/validate.ts'))).toBe(true)
    expect(files.some((file) => file.endsWith('contracts/src/generated/validators.js'))).toBe(true)
    expect(files.some((file) => file.endsWith('signing/src/hmac.ts'))).toBe(false)
    expect(files.some((file) => file.endsWith('src/middleware/node.ts'))).toBe(false)
    expect(files.some((file) => file.endsWith('src/platform/node.ts'))).toBe(false)
  })

  it('imports nothing from node: or outside the workspace and uses no Buffer, process or setImmediate', async () => {
    expect(nodeOnly(await importGraph(join(here, 'index.ts')))).toEqual([])
  })

  it('catches what it looks for: the Node entry fails the same check', async () => {
    const problems = nodeOnly(await importGraph(join(here, '..', 'index.ts')))
    expect(problems.some((problem) => /imports node:http \(a Node built-in\)/.test(problem))).toBe(true)
    expect(problems.some((problem) => /imports node:crypto/.test(problem))).toBe(true)
    expect(problems.some((problem) => /read-raw-body\.ts uses Buffer/.test(problem))).toBe(true)
    expect(problems.some((problem) => /platform\/node\.ts uses setImmediate/.test(problem))).toBe(true)
  })

  it('sees Node globals in code but not in comments, strings or property names', () => {
    const { nodeGlobals } = scan(
      'x.ts',
      "// Buffer\nconst a = 'Buffer'\nconst b = { Buffer: 1 }.Buffer\nconst c = Buffer.from('')\nprocess.env.X\n",
    )
    expect(nodeGlobals).toEqual(['Buffer (line 4)', 'process (line 5)'])
  })
})
