import { defineConfig } from 'vite'
import { resolve } from 'node:path'

/**
 * Plain-Node entry points (browser mode's server; later the CLI), built for Node with every
 * dependency left external. `npm run web` builds this when out/node is missing or stale.
 */
export default defineConfig({
  build: {
    ssr: true,
    outDir: 'out/node',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    rollupOptions: {
      input: { web: resolve('src/web/main.ts') },
      output: { format: 'esm', entryFileNames: '[name].js' },
    },
  },
})
