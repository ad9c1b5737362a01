import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ArticleIndex, COUNT_LIMIT } from '../../../src/backend/search/article-index'
import { digestKey, digestOf } from '../../../src/core/search/library-digest'
import type { SearchDoc } from '../../../src/core/search/types'
import { makeTempDir } from '../helpers/temp-dir'

const doc = (ref: string, text: string, version = 'v1'): SearchDoc => ({ kind: 'article', ref, articleId: ref, title: text.split('\n')[0] ?? '', text, version })
const refs = (index: ArticleIndex, expression: string): string[] => index.search(expression, 50).hits.map((h) => h.ref).sort()

describe('the article index (SQLite FTS5)', () => {
  it('replaces an article put again, forgets one removed, and says which of a library\'s articles it lacks', () => {
    const index = ArticleIndex.inMemory()
    index.put([doc('a', 'شركة ميتا تعلن'), doc('b', 'أسعار النفط ترتفع')])
    expect(refs(index, '"ميتا"')).toEqual(['a'])
    index.put([doc('a', 'شركة جوجل تعلن', 'v2')])
    expect(refs(index, '"ميتا"')).toEqual([])
    expect(refs(index, '"جوجل"')).toEqual(['a'])
    index.remove(['b', 'never-there'])
    expect(refs(index, '"النفط"')).toEqual([])
    expect(index.size).toBe(1)
    // In step with a library that changed: 'a' kept at v2, 'c' new; 'a' at another version is indexed again.
    index.put([doc('d', 'مقال سيحذف من المكتبة')])
    expect(index.reconcile(new Map([['a', 'v2'], ['c', 'v1']]))).toEqual(['c'])
    expect(index.size).toBe(1) // 'd' left with the library
    expect(index.reconcile(new Map([['a', 'v3']]))).toEqual(['a'])
    index.close()
  })

  it(`counts at most ${COUNT_LIMIT.toLocaleString('en-US')} matches and says there are more; the newest come first`, () => {
    const index = ArticleIndex.inMemory()
    const docs = Array.from({ length: COUNT_LIMIT + 10 }, (_, k) => doc(`n${k}`, k === 0 ? 'خبر\nعن ميتا والزعفران' : `خبر\nعن ميتا رقم ${k}`))
    for (let at = 0; at < docs.length; at += 1000) index.put(docs.slice(at, at + 1000))
    const common = index.search('"ميتا"', 20)
    expect(common).toMatchObject({ total: COUNT_LIMIT, more: true })
    expect(common.hits.map((h) => h.ref)).toEqual(Array.from({ length: 20 }, (_, k) => `n${COUNT_LIMIT + 9 - k}`))
    // A word of one old article is still found, and counted exactly.
    expect(index.search('"الزعفران"', 20)).toEqual({ total: 1, more: false, hits: [{ ref: 'n0', score: 1 }] })
    index.close()
  })

  it('puts the articles whose title matches first, then the rest, each newest first', () => {
    const index = ArticleIndex.inMemory()
    index.put([doc('old-title', 'ميتا تعلن\nنص'), doc('text', 'خبر\nذكر ميتا'), doc('new-title', 'ميتا وفيسبوك\nنص'), doc('newest-text', 'خبر آخر\nعن ميتا')])
    expect(index.search('"ميتا"', 5).hits).toEqual([
      { ref: 'new-title', score: 2 },
      { ref: 'old-title', score: 2 },
      { ref: 'newest-text', score: 1 },
      { ref: 'text', score: 1 },
    ])
    expect(index.search('"ميتا"', 3).hits.map((h) => h.ref)).toEqual(['new-title', 'old-title', 'newest-text'])
    // Put again, an article keeps its place; its title is indexed anew.
    index.put([doc('old-title', 'النفط\nميتا')])
    expect(index.search('"ميتا"', 5).hits.map((h) => h.ref)).toEqual(['new-title', 'newest-text', 'text', 'old-title'])
    index.close()
  })

  it('keeps its vocabulary: known words, spellings of one skeleton, and near words of a typo', () => {
    const index = ArticleIndex.inMemory()
    index.put([doc('a', 'زوكربيرغ وزوكربيرج في مؤتمر')])
    expect(index.words.has('زوكربيرغ')).toBe(true)
    expect(index.words.has('زوكربيرق')).toBe(false)
    expect(index.words.variants('زوكربيرغ')).toEqual(['زوكربيرج'])
    expect(index.words.near('زوكربيرق', 1).sort()).toEqual(['زوكربيرج', 'زوكربيرغ'])
    // A word indexed after the near-word tree was built is in it too.
    index.put([doc('b', 'زوكربيرك')])
    expect(index.words.near('زوكربيرق', 1).sort()).toEqual(['زوكربيرج', 'زوكربيرغ', 'زوكربيرك'])
    index.close()
  })

  it('keeps the digest of what it holds through puts, replacements, removals, a failed batch and a reopen', async () => {
    const path = join(await makeTempDir('article-index-digest'), 'articles.db')
    const first = ArticleIndex.open(path).index
    first.put([doc('a', 'نص أول'), doc('b', 'نص ثان'), doc('c', 'نص ثالث')])
    first.put([doc('b', 'نص ثان معدل', 'v2')])
    first.remove(['c'])
    const expected = digestKey(digestOf([['a', 'v1'], ['b', 'v2']]))
    expect(first.digestKey()).toBe(expected)
    // A batch that fails part-way is rolled back, digest included.
    expect(() => first.put([doc('d', 'نص رابع'), { ...doc('e', 'نص'), title: null as unknown as string }])).toThrow()
    expect(first.digestKey()).toBe(expected)
    first.close()
    const second = ArticleIndex.open(path).index
    expect(second.digestKey()).toBe(expected)
    expect(second.reconcile(new Map([['a', 'v1'], ['b', 'v2']]))).toEqual([])
    second.close()
  })

  it('lives in one file, keeps what it indexed across a close, and leaves no lock behind', async () => {
    const path = join(await makeTempDir('article-index'), 'index', 'articles.db')
    const first = ArticleIndex.open(path)
    expect(first.damaged).toBeNull()
    first.index.put([doc('a', 'شركة ميتا تعلن')])
    first.index.close()
    expect(existsSync(`${path}.lock`)).toBe(false)
    const second = ArticleIndex.open(path)
    expect(second.damaged).toBeNull()
    expect(refs(second.index, '"ميتا"')).toEqual(['a'])
    second.index.close()
  })
})
