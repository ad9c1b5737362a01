import { describe, expect, it } from 'vitest'
import { SearchIndex, SnapshotMismatchError, type SearchIndexSnapshot } from '../../../src/core/search/search-index'
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
    const loaded = new SearchIndex(Date.now, throughJson(built.snapshot()))
    expect(loaded.size).toBe(built.size)
    for (const q of QUERIES) expect(stable(loaded.search(q))).toEqual(stable(built.search(q)))
    expect(loaded.search('زوكربيرج').groups[0]?.hits.map((h) => h.ref)).toContain('g-spelling')
    expect(loaded.versions('note')).toEqual([{ ref: 'n1', version: 'n' }])
  })

  it('refuses an index saved by another version of the terms or the format', () => {
    const built = new SearchIndex()
    for (const d of docs()) built.put(d)
    const snapshot = built.snapshot()
    expect(() => new SearchIndex(Date.now, { ...snapshot, terms: snapshot.terms + 1 })).toThrow(SnapshotMismatchError)
    expect(() => new SearchIndex(Date.now, { ...snapshot, format: snapshot.format + 1 })).toThrow(SnapshotMismatchError)
  })
})
