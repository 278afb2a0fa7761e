/**
 * Reads the pending changesets (`.changeset/*.md`): which packages each one bumps and how much.
 * Only the front matter is read, in the format `pnpm changeset` writes: `"@voicehooks/x": minor`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export type Bump = 'major' | 'minor' | 'patch'

export interface PendingChangeset {
  file: string
  bumps: Map<string, Bump>
  summary: string
}

export function pendingChangesets(root: string): PendingChangeset[] {
  const dir = join(root, '.changeset')
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .sort()
    .map((name) => parseChangeset(name, readFileSync(join(dir, name), 'utf8')))
}

export function parseChangeset(file: string, text: string): PendingChangeset {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text)
  if (match === null)
    throw new Error(`.changeset/${file}: no front matter (--- … ---); write it with pnpm changeset`)
  const bumps = new Map<string, Bump>()
  for (const line of match[1]!.split(/\r?\n/)) {
    if (line.trim() === '') continue
    const entry = /^\s*["']?([^"':]+)["']?\s*:\s*(major|minor|patch)\s*$/.exec(line)
    if (entry === null)
      throw new Error(`.changeset/${file}: cannot read "${line}" (expected "<package>": major|minor|patch)`)
    bumps.set(entry[1]!, entry[2] as Bump)
  }
  return { file, bumps, summary: match[2]!.trim() }
}

/** The largest bump any pending changeset asks for `name`. */
export function bumpOf(changesets: readonly PendingChangeset[], name: string): Bump | undefined {
  const order: Bump[] = ['patch', 'minor', 'major']
  let largest: Bump | undefined
  for (const changeset of changesets) {
    const bump = changeset.bumps.get(name)
    if (bump !== undefined && (largest === undefined || order.indexOf(bump) > order.indexOf(largest)))
      largest = bump
  }
  return largest
}
