import { execFileSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, join, relative, resolve } from 'node:path'
import { CodegenError } from '../errors.js'
import type { SpecSet } from './diff-specs.js'
import { loadDocument } from './load-document.js'

const DOCUMENT = /\.(asyncapi|openapi)\.(ya?ml|json)$/

/**
 * One side of a diff, from what the user named:
 * - a spec document (`specs/openapi/management.openapi.yaml`): that document alone;
 * - a folder: every `*.asyncapi.yaml` / `*.openapi.yaml` under its `specs/` (or under it, when it
 *   is a specs folder itself, like a released snapshot);
 * - otherwise a git ref (`v0.1.0`, `main`, `HEAD~1`) of the repository at `root`: its `specs/` tree.
 */
export async function loadSpecSet(what: string, root: string): Promise<SpecSet> {
  // Relative paths are relative to `root` (the current folder on the command line).
  const onDisk = resolve(root, what)
  const path = existsSync(onDisk) ? onDisk : undefined
  if (path !== undefined && statSync(path).isFile()) {
    const document = await loadDocument(path, what)
    return { label: what, documents: new Map([[basename(path), document]]) }
  }
  if (path !== undefined) return { label: what, documents: await loadFolder(specsFolder(path), what) }
  const checkout = await checkoutSpecs(what, root)
  try {
    return { label: what, documents: await loadFolder(join(checkout, 'specs'), what) }
  } finally {
    await rm(checkout, { recursive: true, force: true })
  }
}

/**
 * A single document on one side compares with its namesake on the other (or, when both sides are
 * single documents, with that one whatever its name), so `diff old.yaml new.yaml` and
 * `diff v0.1.0 specs/openapi/management.openapi.yaml` both work.
 */
export function pairSingleDocuments(base: SpecSet, head: SpecSet): void {
  const single = (set: SpecSet) => (set.documents.size === 1 ? [...set.documents.keys()][0]! : undefined)
  const baseKey = single(base)
  const headKey = single(head)
  if (baseKey !== undefined && headKey !== undefined) {
    if (baseKey !== headKey) head.documents = new Map([[baseKey, head.documents.get(headKey)!]])
    return
  }
  const narrow = (set: SpecSet, key: string) => {
    const match = [...set.documents.keys()].find((name) => basename(name) === basename(key))
    if (match === undefined)
      throw new CodegenError('usage', `${set.label} has no document named ${basename(key)}`)
    set.documents = new Map([[key, set.documents.get(match)!]])
  }
  if (baseKey !== undefined) narrow(head, baseKey)
  if (headKey !== undefined) narrow(base, headKey)
}

function specsFolder(folder: string): string {
  const nested = join(folder, 'specs')
  return existsSync(nested) && statSync(nested).isDirectory() ? nested : folder
}

async function loadFolder(folder: string, label: string): Promise<SpecSet['documents']> {
  const documents: SpecSet['documents'] = new Map()
  for (const file of (await walk(folder)).filter((file) => DOCUMENT.test(file)).sort()) {
    const name = relative(folder, file)
    documents.set(name, await loadDocument(file, `${label}:${name}`))
  }
  if (documents.size === 0) {
    throw new CodegenError('usage', `${label} holds no *.asyncapi.yaml or *.openapi.yaml document`)
  }
  return documents
}

async function walk(folder: string): Promise<string[]> {
  const files: string[] = []
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) files.push(...(await walk(path)))
    else files.push(path)
  }
  return files
}

/** Writes `specs/` as it is at `ref` into a temporary folder (with `git show`, no work tree touched). */
async function checkoutSpecs(ref: string, root: string): Promise<string> {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, maxBuffer: 64 * 1024 * 1024 })
  try {
    git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`)
  } catch {
    throw new CodegenError('usage', `"${ref}" is not a spec file, a folder, or a git ref of ${root}`)
  }
  const files = git('ls-tree', '-r', '--name-only', ref, '--', 'specs')
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
  if (files.length === 0) throw new CodegenError('usage', `git ref ${ref} has no specs/ folder`)
  const into = await mkdtemp(join(tmpdir(), 'voicehooks-specs-'))
  for (const file of files) {
    const target = join(into, file)
    await mkdir(dirname(target), { recursive: true })
    await writeFile(target, git('show', `${ref}:${file}`))
  }
  return into
}
