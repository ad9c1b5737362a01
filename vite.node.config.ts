import { defineConfig } from 'vite'
import { resolve } from 'node:path'

/**
 * Plain-Node entry points (browser mode's server, the briefing CLI), built for Node with every
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
      input: {
        web: resolve('src/web/main.ts'),
        cli: resolve('src/cli/main.ts'),
        // The workers are entries of their own: the backend starts them by file name beside the bundle.
        'parse-worker': resolve('src/backend/workers/parse-worker.ts'),
        'search-worker': resolve('src/backend/workers/search-worker.ts'),
        'discovery-worker': resolve('src/backend/workers/discovery-worker.ts'),
        'relations-worker': resolve('src/backend/workers/relations-worker.ts'),
      },
      output: { format: 'esm', entryFileNames: '[name].js' },
    },
  },
})
