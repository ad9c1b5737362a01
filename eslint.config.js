import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const restrict = (patterns, message) => ({ 'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group, message })) }] })

/**
 * Layers are enforced here as well as by the tsconfigs: src/core knows nothing of where it runs;
 * the renderer reaches Electron and Node only through src/shared's contract; raw ipcMain and
 * ipcRenderer live in exactly one file each.
 */
export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', '.tsbuild/**', 'test-results/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Validation code matches control characters on purpose (ids, paths, URLs, decoded text).
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/shared/**/*.ts'],
    rules: restrict(
      [['electron', 'react', 'react-dom', 'node:*', 'fs', 'path', 'os', 'crypto', '**/backend/**', '**/main/**', '**/renderer/**', '**/web/**']],
      'src/core and src/shared are environment-free: inject what they need.',
    ),
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict([['electron', 'node:*', 'fs', 'path', '**/backend/**', '**/main/**', '**/web/**', 'zod']], 'The renderer reaches the app only through src/shared and lib/api.'),
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/main/ipc/handle.ts', 'src/preload/index.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "ImportSpecifier[imported.name=/^ipc(Main|Renderer)$/]", message: 'Use src/main/ipc/handle.ts or the preload: channel handling lives in one place each.' },
        { selector: "MemberExpression[object.name='ipcMain']", message: 'Use src/main/ipc/handle.ts.' },
      ],
    },
  },
)
