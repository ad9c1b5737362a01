import MiniSearch from 'minisearch'
import { normalizeKey } from '../../src/core/text/normalize'

/**
 * Recall cases for the search bench, and the relevance judgement they are scored against — written
 * apart from src/core/search so the index is not graded by its own rules: an article is relevant
 * when one of its words, normalised (DESIGN.md) and with at most one proclitic chain in front, is
 * one of the case's spellings.
 */
export interface RecallCase {
  group: 'spelling' | 'clitic' | 'tashkeel'
  query: string
  /** The spellings (normalised) a reader means by the query. */
  means: string[]
}

export const RECALL_CASES: readonly RecallCase[] = [
  { group: 'spelling', query: 'زوكربيرج', means: ['زوكربيرج', 'زوكربيرغ', 'زوكربرغ'] },
  { group: 'spelling', query: 'زوكربيرغ', means: ['زوكربيرج', 'زوكربيرغ', 'زوكربرغ'] },
  { group: 'spelling', query: 'جوجل', means: ['جوجل', 'غوغل', 'قوقل'] },
  { group: 'spelling', query: 'ألتمان', means: ['التمان', 'ألتمان', 'التمن'] },
  { group: 'clitic', query: 'ميتا', means: ['ميتا'] },
  { group: 'clitic', query: 'الذكاء', means: ['الذكاء'] },
  { group: 'clitic', query: 'مختبر', means: ['مختبر'] },
  { group: 'clitic', query: 'الشركة', means: ['الشركه'] },
  { group: 'tashkeel', query: 'الذَّكَاءُ الاصْطِنَاعِيُّ', means: ['الذكاء', 'الاصطناعي'] },
  { group: 'tashkeel', query: 'مِيتَا', means: ['ميتا'] },
]

/** Proclitic chains written before a word (the judgement's own list, not src/core's). */
const PROCLITICS = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك']

/** Does `word` (normalised) carry `meant`, behind at most one proclitic chain (and ل + ال written لل)? */
function means(word: string, meant: string): boolean {
  const withArticle = meant.startsWith('ال') ? meant : `ال${meant}`
  for (const p of PROCLITICS) {
    if (word === p + meant || word === p + withArticle) return true
    if ((p === '' || p === 'و' || p === 'ف') && word === `${p}ل${withArticle.slice(1)}`) return true
  }
  return false
}

/** Ids of the articles a case is about: every one of its meant words (all query words) appears. */
export function relevant(docs: readonly { id: string; text: string }[], c: RecallCase): Set<string> {
  const words = c.group === 'tashkeel' ? c.means.map((m) => [m]) : [c.means]
  const ids = new Set<string>()
  for (const d of docs) {
    const tokens = new Set(normalizeKey(d.text).split(/[^\p{L}\p{N}]+/u))
    if (words.every((alternatives) => [...tokens].some((t) => alternatives.some((m) => means(t, m))))) ids.add(d.id)
  }
  return ids
}

/** Stock MiniSearch: default tokenizer (splits on spaces and punctuation) and processTerm (lower case). */
export function stockIndex(docs: readonly { id: string; text: string }[]): MiniSearch<{ id: string; text: string }> {
  const index = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] })
  index.addAll(docs)
  return index
}

export const recallOf = (found: ReadonlySet<string>, wanted: ReadonlySet<string>): number => {
  if (wanted.size === 0) return 1
  let hit = 0
  for (const id of wanted) if (found.has(id)) hit++
  return hit / wanted.size
}
