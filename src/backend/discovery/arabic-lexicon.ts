import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'
import { decodeTrie, encodeITrieToBTrie, type ITrie } from 'cspell-trie-lib'
import type { Lexicon } from '../../core/entities/discovery/lexicon'

/**
 * The Arabic word list of `@cspell/dict-ar` (Ayaspell, LGPL-3.0; shipped unmodified as its npm
 * package), read with `cspell-trie-lib`. Decoding the package's text trie takes ~2 s and ~140 MB of
 * heap, so the build writes the same words in cspell's compact binary trie (~8.5 MB, read in ~20 ms)
 * beside the bundles. Without it (run from the sources), the first load writes that form to
 * `cacheFile` and later loads read it. A missing or damaged cache is rebuilt; a cache that cannot be
 * written only costs the slow load next time. `builtFiles`: where to look for the build's list first.
 */
export function loadArabicLexicon(cacheFile?: string, builtFiles: readonly string[] = BUILT): Lexicon {
  const trie = builtFiles.map(readCache).find(Boolean) || (cacheFile && readCache(cacheFile)) || decodeSource(cacheFile)
  return { knows: (word) => trie.has(word) }
}

/**
 * Where `npm run build` writes the compact list (scripts/build-word-list.mjs): out/dictionary, one
 * or two folders up from the bundle that holds this code (out/main/index.js, out/node/assets/…), or
 * the project's out/ when this runs from the sources (tests, tsx) after a build.
 */
const BUILT = ['../dictionary/ar-words.btrie', '../../dictionary/ar-words.btrie', '../../../out/dictionary/ar-words.btrie'].map((p) =>
  fileURLToPath(new URL(p, import.meta.url)),
)

/** A word every Arabic dictionary has: a cache that does not know it is not this word list. */
const PROBE = 'كتاب'

function readCache(file: string): ITrie | undefined {
  if (!existsSync(file)) return undefined
  try {
    const trie = decodeTrie(readFileSync(file))
    return trie.has(PROBE) ? trie : undefined
  } catch {
    return undefined
  }
}

function decodeSource(cacheFile: string | undefined): ITrie {
  const require = createRequire(import.meta.url)
  const packageDir = dirname(require.resolve('@cspell/dict-ar/cspell-ext.json'))
  const trie = decodeTrie(gunzipSync(readFileSync(join(packageDir, 'ar.trie.gz'))))
  if (cacheFile) writeCache(cacheFile, encodeITrieToBTrie(trie))
  return trie
}

function writeCache(file: string, bytes: Uint8Array): void {
  try {
    mkdirSync(dirname(file), { recursive: true })
    const temp = `${file}.${process.pid}.tmp`
    writeFileSync(temp, bytes)
    renameSync(temp, file)
  } catch {
    // Only a cache: the next load decodes the package again.
  }
}

/** Where a data folder keeps the compact word list. */
export const lexiconCacheFile = (dataDir: string): string => join(dataDir, 'cache', 'ar-words.btrie')
