import { describe, expect, it } from 'vitest'
import { withArticleSnippets } from '../../../src/backend/search/article-snippets'
import { createSearchMethods } from '../../../src/backend/search/search-methods'
import type { Article } from '../../../src/core/corpus/types'
import { SearchIndex } from '../../../src/core/search/search-index'
import { findOccurrences, indexTerms } from '../../../src/core/search/tokens'
import type { SearchDoc, SearchHit, SearchKind, SearchResults } from '../../../src/core/search/types'
import { normalizeKey } from '../../../src/core/text/normalize'
import { seed } from '../../support/seeds'

const articleDoc = (id: string, text: string, hidden: SearchDoc['hidden'] = []): SearchDoc => ({ kind: 'article', ref: id, articleId: id, title: text.split('\n')[0] ?? '', text, hidden })

/** What both indexes are asked here: the in-memory one, and the worker's with articles in SQLite FTS5. */
interface Engine {
  put(doc: SearchDoc): void
  remove(kind: SearchKind, ref: string): void
  search(query: string): SearchResults
}

const inMemory = (): Engine => {
  const index = new SearchIndex()
  return { put: (doc) => index.put(doc), remove: (kind, ref) => index.remove(kind, ref), search: (q) => index.search(q) }
}

/** The search worker's methods, run here; article hits get their snippets from the texts as the search service cuts them. */
const onDisk = (): Engine => {
  const methods = createSearchMethods()
  const articles = new Map<string, Article>()
  const asArticle = (doc: SearchDoc): Article =>
    ({ id: doc.ref, meta: { title: doc.title }, text: doc.text, blocks: (doc.hidden ?? []).map((h) => ({ kind: 'chrome', ...h })), contentHash: doc.version ?? '' }) as unknown as Article
  return {
    put: (doc) => {
      if (doc.kind === 'article') articles.set(doc.ref, asArticle(doc))
      methods.put([doc])
    },
    remove: (kind, ref) => methods.remove([{ kind, ref }]),
    search: (q) => withArticleSnippets(methods.search(q, {}), (id) => articles.get(id)),
  }
}

/** The five seeds, plus copies of two with a name respelled, vowelled, or glued to a proclitic. */
function corpus(engine: Engine): { index: Engine; docs: Map<string, SearchDoc> } {
  const docs = new Map<string, SearchDoc>()
  for (const p of ['000', '001', '002', '003', '004']) {
    const a = seed(p)
    docs.set(a.id, articleDoc(a.id, a.text, a.blocks.filter((b) => b.kind === 'chrome')))
  }
  const s4 = seed('004').text
  docs.set('g-spelling', articleDoc('g-spelling', s4.replaceAll('زوكربيرج', 'زوكربيرغ')))
  docs.set('j-spelling', articleDoc('j-spelling', seed('002').text.replaceAll('زوكربيرغ', 'زوكربيرج')))
  docs.set('vowelled', articleDoc('vowelled', 'قالَ مُتَحَدِّثٌ إنَّ شَرِكَةَ مِيتَا سَتُعلِنُ عن نَمُوذَجٍ جَدِيدٍ لِلذَّكَاءِ الاصْطِنَاعِيِّ.'))
  docs.set('clitic', articleDoc('clitic', 'وأكد متحدث باسم الشركة أن العرض لميتا جاء بعد أشهر من المفاوضات، وبميتا ثقة كبيرة.'))
  docs.set('unrelated', articleDoc('unrelated', 'ارتفعت أسعار النفط في الأسواق العالمية بعد قرار أوبك خفض الإنتاج.'))
  for (const d of docs.values()) engine.put(d)
  return { index: engine, docs }
}

const refs = (results: SearchResults, kind = 'article'): string[] =>
  results.groups.find((g) => g.kind === kind)?.hits.map((h) => h.ref).sort() ?? []

/** Every marked span, read from the document's raw text at the offsets the hit gives. */
const markedWords = (hit: SearchHit, doc: SearchDoc): string[] =>
  hit.snippets.flatMap((s) => s.marks.map((m) => {
    expect(s.text.slice(m.start, m.end)).toBe(doc.text.slice(s.start + m.start, s.start + m.end))
    return doc.text.slice(s.start + m.start, s.start + m.end)
  }))

describe.each([
  ['in memory (MiniSearch)', inMemory],
  ['articles on disk (SQLite FTS5)', onDisk],
])('Arabic search, %s', (_name, engine) => {
  const { index, docs } = corpus(engine())

  it('finds the same articles with and without tashkeel in the query', () => {
    const plain = index.search('شركة ميتا')
    const vowelled = index.search('شَرِكَةُ مِيتَا')
    expect(refs(vowelled)).toEqual(refs(plain))
    expect(refs(plain)).toContain('vowelled')
  })

  it('"زوكربيرج" finds both spellings, and "زوكربيرغ" the same articles', () => {
    const j = refs(index.search('زوكربيرج'))
    expect(j).toEqual(expect.arrayContaining(['g-spelling', 'j-spelling']))
    expect(j).toEqual(refs(index.search('زوكربيرغ')))
    expect(j).not.toContain('unrelated')
  })

  it('"ميتا" finds "لميتا" and "وبميتا", and marks the name, not its proclitic', () => {
    const result = index.search('ميتا')
    expect(refs(result)).toContain('clitic')
    const hit = result.groups[0]?.hits.find((h) => h.ref === 'clitic') as SearchHit
    expect(markedWords(hit, docs.get('clitic') as SearchDoc)).toEqual(['ميتا', 'ميتا'])
  })

  it('marks exactly the matched word in the raw text, tashkeel and all', () => {
    const doc = docs.get('vowelled') as SearchDoc
    const hit = index.search('ميتا').groups[0]?.hits.find((h) => h.ref === 'vowelled') as SearchHit
    expect(markedWords(hit, doc)).toEqual(['مِيتَا'])
    const ai = index.search('الذكاء الاصطناعي').groups[0]?.hits.find((h) => h.ref === 'vowelled') as SearchHit
    // "لِلذَّكَاءِ" is ل + الذكاء with the article's alef dropped: the mark starts at the article's lam.
    expect(markedWords(ai, doc)).toEqual(['لذَّكَاءِ', 'الاصْطِنَاعِيِّ'])
  })

  it('every mark of every hit covers a word whose normalised form matches the query', () => {
    for (const query of ['زوكربيرج', 'ميتا', 'الذكاء', 'Scale AI']) {
      for (const hit of index.search(query).groups[0]?.hits ?? []) {
        const doc = docs.get(hit.ref) as SearchDoc
        for (const word of markedWords(hit, doc)) expect(normalizeKey(word).length).toBeGreaterThan(1)
        expect(hit.snippets.length).toBeGreaterThan(0)
      }
    }
  })

  it('matches the last word as a prefix while it is typed, and not once a space follows it', () => {
    expect(refs(index.search('زوكرب'))).toEqual(expect.arrayContaining(['g-spelling', 'j-spelling']))
    expect(refs(index.search('زوكرب '))).toEqual([])
  })

  it('tolerates a typing mistake in a long word it has never seen', () => {
    expect(refs(index.search('زوكربيرق'))).toEqual(expect.arrayContaining(['g-spelling', 'j-spelling']))
  })

  it('does not find hidden site chrome', () => {
    const withChrome = seed('002')
    expect(withChrome.text).toContain('اترك تعليقاً')
    expect(refs(index.search('اترك تعليقاً'))).not.toContain(withChrome.id)
  })

  it('indexes a word glued to proclitics under its stem too, but keeps short stems out', () => {
    expect(indexTerms('للذكاء')).toEqual(['للذكاء', 'الذكاء', 'ذكاء'])
    expect(indexTerms('وللذكاء')).toEqual(['وللذكاء', 'للذكاء', 'الذكاء', 'ذكاء'])
    expect(indexTerms('وبالذكاء')).toEqual(['وبالذكاء', 'بالذكاء', 'الذكاء', 'ذكاء'])
    expect(indexTerms('وله')).toEqual(['وله'])
  })

  it('maps matches back to raw offsets through the normalisation map', () => {
    const raw = 'قال مِـيـتَا‌ و‏ لِمِيتَا'
    const found = findOccurrences(raw, new Set(['ميتا']))
    expect(found.map((o) => raw.slice(o.start, o.end))).toEqual(['مِـيـتَا', 'مِيتَا'])
  })

  it('takes a query written in FTS5 or MiniSearch syntax as plain words, never as operators', () => {
    for (const query of ['"ميتا" OR title:x NEAR(a b) *', 'ميتا AND NOT "', '^ميتا', 'body : ميتا', '""', '*', '(ميتا']) {
      expect(() => index.search(query), query).not.toThrow()
    }
    // Honoured, OR would find the articles about Meta and the one about OPEC; as words, "or" is one more word to find.
    expect(refs(index.search('ميتا'))).not.toEqual([])
    expect(refs(index.search('أوبك'))).toEqual(['unrelated'])
    expect(refs(index.search('"ميتا" OR "أوبك"'))).toEqual([])
  })

  it('groups hits by kind: articles, highlights, notes, entities', () => {
    const mixed = engine()
    mixed.put(articleDoc('a1', 'مقال عن ميتا'))
    mixed.put({ kind: 'highlight', ref: 'h1', articleId: 'a1', title: 'مقال عن ميتا', text: 'ميتا تستثمر\nتعليق' })
    mixed.put({ kind: 'note', ref: 'n1', title: 'ملاحظة', text: 'عن شركة ميتا' })
    mixed.put({ kind: 'entity', ref: 'e1', title: 'ميتا', text: 'Meta\nفيسبوك' })
    const result = mixed.search('ميتا')
    expect(result.groups.map((g) => [g.kind, g.total])).toEqual([['article', 1], ['highlight', 1], ['note', 1], ['entity', 1]])
    expect(mixed.search('Meta').groups.find((g) => g.kind === 'entity')?.hits[0]?.ref).toBe('e1')
    mixed.remove('note', 'n1')
    expect(mixed.search('ميتا').groups.find((g) => g.kind === 'note')?.total).toBe(0)
  })
})

describe('the article index on disk and the in-memory index', () => {
  it('find the same articles, count them alike, and mark the same words', () => {
    const memory = corpus(inMemory())
    const disk = corpus(onDisk())
    const marks = (results: SearchResults): string[] =>
      (results.groups[0]?.hits ?? []).flatMap((hit) => markedWords(hit, memory.docs.get(hit.ref) as SearchDoc).map((w) => `${hit.ref}:${w}`)).sort()
    for (const query of ['زوكربيرج', 'زوكرب', 'زوكربيرق', 'لميتا', 'الذكاء الاصطناعي', 'شَرِكَةُ مِيتَا', 'Scale AI', 'مليار دولار', 'أوبك', 'اترك تعليقاً', 'كلمة-لا-توجد']) {
      const [a, b] = [memory.index.search(query), disk.index.search(query)]
      expect(refs(b), query).toEqual(refs(a))
      expect(b.groups[0]?.total, query).toBe(a.groups[0]?.total)
      expect(marks(b), query).toEqual(marks(a))
    }
  })
})
