/**
 * Marks every emitted file, naming the command that makes it, so nobody edits output by hand.
 * `origin` names the documents of a `voicehooks-codegen generate` run; without it the file comes
 * from the repository's own `pnpm codegen`.
 */
export function banner(what: string, style: 'line' | 'block' | 'hash' = 'line', origin?: string): string {
  const lines =
    origin === undefined
      ? [
          'THIS FILE IS GENERATED - DO NOT EDIT DIRECTLY',
          `${what}: made by \`pnpm codegen\` (packages/codegen) from specs/.`,
          'Change the spec or the generator, then run `pnpm codegen`; CI runs `pnpm codegen:check`.',
        ]
      : [
          'THIS FILE IS GENERATED - DO NOT EDIT DIRECTLY',
          `${what}: made by \`voicehooks-codegen generate\` from ${origin}.`,
          'Change the AsyncAPI document, then generate again (CI: the same command with --check).',
        ]
  if (style === 'hash') return `${lines.map((l) => `# ${l}`).join('\n')}\n`
  if (style === 'block') return `/*\n${lines.map((l) => ` * ${l}`).join('\n')}\n */\n`
  return `${lines.map((l) => `// ${l}`).join('\n')}\n`
}

/** Emitted file: a path relative to the output folder and its exact bytes. */
export interface GeneratedFile {
  path: string
  contents: string
}
