import { defineConfig } from 'vitest/config'

// `@voicehooks/source` resolves workspace packages to their TypeScript, so tests need no build step.
const conditions = ['@voicehooks/source', 'module', 'node', 'development|production']

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts'], testTimeout: 20_000, hookTimeout: 30_000 },
})
