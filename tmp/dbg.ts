import { readFileSync } from 'node:fs'
import { parseImport } from '../src/backend/import/parse-import'
import { loadArabicLexicon } from '../src/backend/discovery/arabic-lexicon'
import { sightingsIn } from '../src/core/entities/discovery/scan-article'
import { lexWords } from '../src/core/entities/words'
const lex = loadArabicLexicon('/tmp/daftar-lex.btrie')
const file = process.argv[2]!
const p = parseImport('x', 'x.txt', readFileSync(file))
if (!p.ok) throw new Error('parse')
const text = p.article.text
const attested = new Set(lexWords(text).filter(w => w.kind === 'ar').map(w => w.key))
const pat = process.argv[3]
for (const s of sightingsIn({ text, known: [] }, { lexicon: lex, attested })) {
  if (!pat || s.name.includes(pat)) console.log(JSON.stringify(s), '|', text.slice(Math.max(0, s.start - 30), s.end + 20).replace(/\n/g, ' '))
}
for (const w of (process.argv[4] ?? '').split(',').filter(Boolean)) console.log(w, lex.knows(w))
