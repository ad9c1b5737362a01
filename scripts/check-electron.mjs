#!/usr/bin/env node
// `npm start` and `npm run dev` run this first. Electron's npm package does not contain Electron: its
// install step downloads the binary from github.com, and where that could not happen (offline, a
// proxy, ELECTRON_SKIP_BINARY_DOWNLOAD=1) electron-vite later stops with a bare "Error: Electron
// uninstall". This finds the binary the way electron-vite does and, when it is missing, says what
// happened and what to do instead, then exits 1.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

/** The installed electron package's folder, or null when the package itself is not installed. */
export function electronPackageDir(from = root) {
  try {
    return dirname(createRequire(join(from, 'package.json')).resolve('electron/package.json'))
  } catch {
    return null
  }
}

/**
 * Where the Electron binary is and whether it is there, resolved as electron-vite resolves it:
 * ELECTRON_EXEC_PATH when set, else `dist/` + the name the download wrote to `path.txt`.
 * @returns {{ ok: true, binary: string } | { ok: false, problem: string }}
 */
export function findElectronBinary(electronDir, env = process.env) {
  const execPath = env['ELECTRON_EXEC_PATH']
  if (execPath) {
    return existsSync(execPath) ? { ok: true, binary: execPath } : { ok: false, problem: `ELECTRON_EXEC_PATH is set to ${execPath}, which does not exist.` }
  }
  if (electronDir === null) {
    return { ok: false, problem: 'The electron package is not installed (npm install has not run here, or ran without dev dependencies).' }
  }
  const pathFile = join(electronDir, 'path.txt')
  if (!existsSync(pathFile)) {
    return {
      ok: false,
      problem:
        'The Electron binary was never downloaded: the electron package is installed, but its install step, which fetches ' +
        'the binary from github.com, did not finish (npm install ran offline or behind a proxy, or with ELECTRON_SKIP_BINARY_DOWNLOAD=1).',
    }
  }
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  if (!existsSync(binary)) {
    return { ok: false, problem: `The Electron binary should be at ${binary}, but it is not there (the download was interrupted, or the folder was cleaned).` }
  }
  return { ok: true, binary }
}

/** The whole message for a missing binary: what happened, then the two ways on. */
export function missingElectronMessage(problem, electronDir, cwd = process.cwd()) {
  const installScript = electronDir ? relative(cwd, join(electronDir, 'install.js')) || 'install.js' : 'node_modules/electron/install.js'
  return [
    'Daftar cannot start the desktop app: Electron is missing.',
    `  ${problem}`,
    '',
    'What to do:',
    '  • When online, download the binary (about 100 MB; ELECTRON_MIRROR chooses another server), then run npm start again:',
    `      node ${installScript}`,
    '  • Or, without Electron, use the same app in your browser:',
    '      npm run web',
  ].join('\n')
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const electronDir = electronPackageDir()
  const found = findElectronBinary(electronDir)
  if (!found.ok) {
    console.error(missingElectronMessage(found.problem, electronDir))
    process.exit(1)
  }
}
