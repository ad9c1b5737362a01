import { loadArabicLexicon } from '../src/backend/discovery/arabic-lexicon'
import { sightingsIn } from '../src/core/entities/discovery/scan-article'
import { wordFacts } from '../src/core/entities/discovery/word-facts'
import { lexWords } from '../src/core/entities/words'
const lex = loadArabicLexicon('/tmp/daftar-lex.btrie')
const text = process.argv[2]!
const attested = new Set(lexWords(text).filter(w => w.kind === 'ar').map(w => w.key))
for (const w of lexWords(text)) if (w.kind === 'ar') console.log(w.bare, JSON.stringify(wordFacts(w, { lexicon: lex, attested })))
for (const s of sightingsIn({ text, known: [] }, { lexicon: lex, attested })) console.log(JSON.stringify(s))
