import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

/**
 * One run, five suites: unit (src/core, src/backend, src/web in Node, real files in temp folders),
 * main (the Electron shell with `electron` mocked), dom (React components in jsdom), hardening
 * (crashes, damaged files, failing disks, hostile input: CI's share of `npm run torture`), e2e (the
 * built app in Debian Chromium through browser mode). `npm test` runs them all.
 *
 * A test asserts behaviour, not the speed of the machine it runs on: its time limit only says it
 * hung, with room for a loaded 2-core machine. Speed is measured by `npm run bench`.
 */
const HANG_MS = 30_000
export default defineConfig({
  test: {
    reporters: ['default'],
    projects: [
      { test: { name: 'unit', environment: 'node', include: ['test/unit/**/*.test.ts'], testTimeout: HANG_MS } },
      { test: { name: 'main', environment: 'node', include: ['test/main/**/*.test.ts'], testTimeout: HANG_MS } },
      {
        plugins: [react()],
        test: { name: 'dom', environment: 'jsdom', testTimeout: HANG_MS, include: ['test/dom/**/*.test.tsx'], setupFiles: ['test/dom/setup.ts'] },
      },
      {
        // Browser mode's memory is measured on the built server, as users run it: built first when stale.
        test: { name: 'hardening', environment: 'node', include: ['test/hardening/**/*.test.ts'], globalSetup: ['test/support/build-first.ts'], testTimeout: 120_000 },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/support/build-first.ts'],
          testTimeout: 2 * HANG_MS,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
