import { defineConfig } from 'vitest/config'

// These tests use the packed tarballs, never the workspace sources: no `@voicehooks/source` here.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['src/global-setup.ts'],
    // Installing into fresh projects and starting a sender take a while on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
})
