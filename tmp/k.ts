import { loadArabicLexicon } from '../src/backend/discovery/arabic-lexicon'
import { spellings } from '../src/core/entities/discovery/lexicon'
const lex = loadArabicLexicon('/tmp/daftar-lex.btrie')
for (const w of process.argv.slice(2)) console.log(w, spellings(w).map(s => `${s}:${lex.knows(s)}`).join(' '))
