import { describe, expect, it } from 'vitest'
import { SearchIndex, SnapshotMismatchError, snippetsOf, type SearchIndexSnapshot } from '../../../src/core/search/search-index'
import type { SearchDoc, SearchResults } from '../../../src/core/search/types'
import { seed } from '../../support/seeds'

const articleDoc = (id: string, text: string): SearchDoc => ({ kind: 'article', ref: id, articleId: id, title: text.split('\n')[0] ?? '', text, version: `v-${id}` })

function docs(): SearchDoc[] {
  const list = ['000', '001', '002', '003', '004'].map((p) => {
    const a = seed(p)
    return articleDoc(a.id, a.text)
  })
  // A spelling only the lexicon links to the query's ("زوكربيرغ" for "زوكربيرج").
  list.push(articleDoc('g-spelling', seed('004').text.replaceAll('زوكربيرج', 'زوكربيرغ')))
  list.push({ kind: 'note', ref: 'n1', title: 'ملاحظة', text: 'عن الباذنجان المشوي', version: 'n' })
  return list
}

const QUERIES = ['زوكربيرج', 'الذكاء الاصطناعي', 'لميتا', 'الباذنجان', '"مليار دولار"', 'ميتا -جوجل']
const stable = (r: SearchResults) => ({ query: r.query, groups: r.groups })
/** Through JSON, as the file holds it. */
const throughJson = (s: SearchIndexSnapshot): SearchIndexSnapshot => JSON.parse(JSON.stringify(s)) as SearchIndexSnapshot

describe('a search index saved and loaded again', () => {
  it('answers every query as the index it was saved from, spelling variants included', () => {
    const built = new SearchIndex()
    for (const d of docs()) built.put(d)
    built.remove('article', seed('003').id) // a discarded document stays discarded
    const loaded = new SearchIndex(Date.now, [], throughJson(built.snapshot()))
    expect(loaded.size).toBe(built.size)
    for (const q of QUERIES) expect(stable(loaded.search(q))).toEqual(stable(built.search(q)))
    expect(loaded.search('زوكربيرج').groups[0]?.hits.map((h) => h.ref)).toContain('g-spelling')
    expect(loaded.versions('note')).toEqual([{ ref: 'n1', version: 'n' }])
  })

  it('keeps no text of the kinds it is told not to: their hits carry the matched terms, and the snippets cut from them are the same', () => {
    const full = new SearchIndex()
    const textless = new SearchIndex(Date.now, ['article'])
    const all = docs()
    for (const d of all) {
      full.put(d)
      textless.put(d)
    }
    const saved = textless.snapshot()
    expect(saved.docs.filter((d) => d.kind === 'article').map((d) => d.text)).toEqual(all.filter((d) => d.kind === 'article').map(() => ''))
    expect(JSON.stringify(saved).length).toBeLessThan(JSON.stringify(full.snapshot()).length)
    const loaded = new SearchIndex(Date.now, ['article'], throughJson(saved))
    for (const q of QUERIES) {
      const want = full.search(q)
      const got = loaded.search(q)
      for (const [g, group] of got.groups.entries()) {
        for (const [h, hit] of group.hits.entries()) {
          const expected = want.groups[g]?.hits[h]
          if (hit.kind !== 'article') {
            expect(hit).toEqual(expected)
            continue
          }
          expect(hit.snippets).toEqual([])
          const doc = all.find((d) => d.ref === hit.ref) as SearchDoc
          expect(snippetsOf(doc, new Set(hit.terms))).toEqual(expected?.snippets)
        }
      }
    }
  })

  it('refuses an index saved by another version of the terms or the format', () => {
    const built = new SearchIndex()
    for (const d of docs()) built.put(d)
    const snapshot = built.snapshot()
    expect(() => new SearchIndex(Date.now, [], { ...snapshot, terms: snapshot.terms + 1 })).toThrow(SnapshotMismatchError)
    expect(() => new SearchIndex(Date.now, [], { ...snapshot, format: snapshot.format + 1 })).toThrow(SnapshotMismatchError)
  })
})
