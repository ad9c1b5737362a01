import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadArabicLexicon } from '../../src/backend/discovery/arabic-lexicon'
import type { Lexicon } from '../../src/core/entities/discovery/lexicon'

let lexicon: Lexicon | undefined

/**
 * The real Arabic word list, as the app loads it. The first test process on a machine decodes the
 * package (~2 s) and leaves the compact cache in the temp folder for the others.
 */
export function testLexicon(): Lexicon {
  lexicon ??= loadArabicLexicon(join(tmpdir(), 'daftar-test-cache', 'ar-words.btrie'))
  return lexicon
}
