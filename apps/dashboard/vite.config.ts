import { defineConfig } from 'vitest/config'

// Plain Vite with esbuild's JSX transform for Preact: @preact/preset-vite would add Babel for dev-time hot
// reloading only, which a build-and-serve app does not need.
export default defineConfig({
  base: '/dashboard/',
  // `@voicehooks/source` resolves workspace packages (@voicehooks/client) to their TypeScript, so no package build comes first.
  resolve: { conditions: ['@voicehooks/source', 'module', 'browser', 'development|production'] },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The sender's Content-Security-Policy allows no inline script: keep Vite's preload helper out of the page.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    reportCompressedSize: false,
  },
  test: { include: ['src/**/*.test.ts'] },
})
