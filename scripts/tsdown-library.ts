/**
 * The one build configuration of every published package: each entry as ESM (`.mjs`) and CommonJS
 * (`.cjs`) with declarations for both (`.d.mts`, `.d.cts`), for Node 20. Dependencies stay imports
 * (tsdown externalises `dependencies` and `peerDependencies`); everything else is bundled.
 *
 * A package's `tsdown.config.ts` names its entries; its package.json `exports` point at the output.
 */
import type { UserConfig } from 'tsdown'

const common = {
  platform: 'node',
  target: 'node20',
  // `import.meta.url` and friends in the CommonJS output.
  shims: true,
  // tsdown rewrites package.json exports when this is on; ours are written by hand (and checked).
  exports: false,
  fixedExtension: true,
  sourcemap: false,
  logLevel: 'warn',
  // The build is short enough; rolldown's plugin-timing notes are noise in CI logs.
  checks: { pluginTimings: false },
} satisfies UserConfig

/**
 * `entry` maps output names (`index`, `web/index`) to sources; `bins` are ESM-only executables
 * (`cli/bin` → `dist/cli/bin.mjs`, shebang kept), built without declarations.
 */
export function library(entry: Record<string, string>, bins: Record<string, string> = {}): UserConfig[] {
  const configs: UserConfig[] = [
    { ...common, entry, format: ['esm', 'cjs'], dts: { sourcemap: false }, clean: true },
  ]
  if (Object.keys(bins).length > 0) {
    configs.push({ ...common, entry: bins, format: ['esm'], dts: false, clean: false })
  }
  return configs
}
