import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import { resolve } from 'node:path'

/**
 * Three builds: main (ESM, dependencies external), preload (one sandbox-compatible CommonJS file
 * with everything bundled, since a sandboxed preload can require only "electron"), renderer (React).
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The workers are entries of their own: the backend starts them by file name beside the bundle.
      rollupOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          'parse-worker': resolve('src/backend/workers/parse-worker.ts'),
          'search-worker': resolve('src/backend/workers/search-worker.ts'),
          'discovery-worker': resolve('src/backend/workers/discovery-worker.ts'),
          'relations-worker': resolve('src/backend/workers/relations-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    // resources/ holds the app icon; the page uses it as its favicon.
    publicDir: resolve('resources'),
    plugins: [react()],
    build: {
      outDir: resolve('out/renderer'),
      // Everything the page loads is a file of its own: the CSP forbids inline script and style.
      assetsInlineLimit: 0,
      minify: true,
      modulePreload: { polyfill: false },
      rollupOptions: { input: resolve('src/renderer/index.html') },
    },
  },
})
