import { describe, expect, it } from 'vitest'
import type { Article } from '../../../src/core/corpus/types'
import { LibraryCorpus, type LibraryEntry } from '../../../src/backend/library/library-corpus'

const entry = (id: string, sameTextHash = `same-${id}`): LibraryEntry => ({
  article: { id, contentHash: `hash-${id}`, sameTextHash, meta: { title: id, titleSource: 'line', titleDir: 'rtl', sourceFile: `${id}.txt` }, text: id, blocks: [], stats: { words: 1, readingMinutes: 1 }, encoding: 'utf-8' } as Article,
  origin: 'imported',
})

describe('the lookups an import asks (ids without case, the same text), made after start-up', () => {
  for (const made of ['at the first import', 'in the background'] as const) {
    it(`follow additions, replacements and removals (${made})`, async () => {
      const corpus = await LibraryCorpus.of([entry('Report'), entry('report', 'twin'), entry('other', 'twin')], [])
      if (made === 'in the background') await corpus.prepareForImports()
      expect(corpus.hasIdIgnoringCase('report')).toBe(true)
      expect(corpus.withSameText(entry('x', 'twin').article)?.id).toBe('report')
      corpus.replace(entry('report', 'twin'))
      corpus.remove('report')
      // 'Report' is still there: the lower-case id stays taken; the twin takes over the same text.
      expect(corpus.hasIdIgnoringCase('report')).toBe(true)
      expect(corpus.withSameText(entry('x', 'twin').article)?.id).toBe('other')
      corpus.remove('Report')
      expect(corpus.hasIdIgnoringCase('report')).toBe(false)
      corpus.add([entry('REPORT')])
      expect(corpus.hasIdIgnoringCase('report')).toBe(true)
    })
  }

  it('a background build overtaken by a change is dropped, and the first import makes the lookups itself', async () => {
    const corpus = await LibraryCorpus.of(Array.from({ length: 20_000 }, (_, k) => entry(`a${k}`)), [])
    const building = corpus.prepareForImports()
    corpus.add([entry('late')])
    await building
    expect(corpus.hasIdIgnoringCase('late')).toBe(true)
    expect(corpus.hasIdIgnoringCase('a19999')).toBe(true)
  })
})
