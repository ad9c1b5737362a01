import { describe, expect, it } from 'vitest'
import { describe as describeSpan } from '../../../src/core/anchoring/describe'
import { reconcile } from '../../../src/core/highlights/reconcile'
import { layoutBlock } from '../../../src/core/highlights/segments'
import { visibleStretches } from '../../../src/core/highlights/visible-stretches'
import type { Highlight } from '../../../src/core/store/annotations'
import { sha256, seed } from '../../support/seeds'
import { addTashkeelAndTatweel } from '../../support/edits'
import { buildArticle } from '../../../src/core/corpus/parse-article'

const now = (): Date => new Date('2026-11-22T10:00:00Z')

function highlightOn(text: string, start: number, end: number, id = 'h1'): Highlight {
  return {
    id,
    articleId: 'a',
    contentHash: sha256(text),
    target: describeSpan(text, start, end),
    color: 'yellow',
    comment: '',
    entityIds: [],
    createdAt: now().toISOString(),
    updatedAt: now().toISOString(),
  }
}

describe('visibleStretches', () => {
  const article = seed('003')
  const caption = article.blocks.find((b) => b.kind === 'caption')
  const duplicate = article.blocks.find((b) => b.role === 'duplicate-caption')
  const next = article.blocks.find((b) => b.kind === 'paragraph' && caption && b.start > caption.end)

  it('keeps a selection inside one paragraph as it is', () => {
    const p = article.blocks.find((b) => b.kind === 'paragraph')
    if (!p) throw new Error('no paragraph')
    expect(visibleStretches(article.text, article.blocks, p.start + 3, p.end - 3)).toEqual([{ start: p.start + 3, end: p.end - 3 }])
  })

  it('keeps a selection across two paragraphs one stretch, and trims the whitespace around it', () => {
    const [p1, p2] = article.blocks.filter((b) => b.kind === 'paragraph')
    if (!p1 || !p2) throw new Error('no paragraphs')
    expect(visibleStretches(article.text, article.blocks, p1.end - 10, p2.start + 10)).toEqual([{ start: p1.end - 10, end: p2.start + 10 }])
    expect(visibleStretches(article.text, article.blocks, p1.end, p2.start)).toEqual([])
  })

  it('splits a selection at hidden chrome: the glued duplicate caption is never part of a highlight', () => {
    if (!caption || !duplicate || !next) throw new Error('seed 003 changed')
    const stretches = visibleStretches(article.text, article.blocks, caption.start + 5, next.start + 20)
    expect(stretches).toEqual([
      { start: caption.start + 5, end: caption.end },
      { start: next.start, end: next.start + 20 },
    ])
  })

  it('makes nothing of a selection that is only chrome or whitespace', () => {
    if (!duplicate) throw new Error('seed 003 changed')
    expect(visibleStretches(article.text, article.blocks, duplicate.start, duplicate.end)).toEqual([])
  })
})

describe('layoutBlock', () => {
  const text = 'استثمرت ميتا 14.3 مليار دولار في شركة Scale AI المتخصصة'

  it('cuts at highlight boundaries without changing the text, nesting overlaps', () => {
    const at = (word: string): number => text.indexOf(word)
    const runs = layoutBlock(text, 0, text.length, [
      { id: 'a', start: at('ميتا'), end: at('دولار') + 'دولار'.length },
      { id: 'b', start: at('مليار'), end: at('Scale') + 'Scale'.length },
    ])
    const pieces = runs.flatMap((r) => r.segments.map((s) => [text.slice(s.start, s.end), s.highlightIds.join('+')]))
    expect(pieces.map(([t]) => t).join('')).toBe(text)
    expect(pieces).toContainEqual(['مليار دولار', 'a+b'])
    expect(pieces).toContainEqual(['Scale', 'b'])
    expect(pieces).toContainEqual([' AI', ''])
  })

  it('keeps a Latin run one isolate with the highlight boundary inside it', () => {
    const runs = layoutBlock(text, 0, text.length, [{ id: 'a', start: 0, end: text.indexOf(' AI') }])
    const latin = runs.find((r) => r.isolate)
    expect(latin && text.slice(latin.start, latin.end)).toBe('Scale AI')
    expect(latin?.segments.map((s) => s.highlightIds.length)).toEqual([1, 0])
  })
})

describe('reconcile', () => {
  const original = seed('002')
  const start = original.text.indexOf('سام ألتمان، سياسة')
  const end = start + 'سام ألتمان'.length

  it('places highlights made on this text by position, changing nothing', () => {
    const result = reconcile(original, [highlightOn(original.text, start, end)], now)
    expect(result.highlights[0]?.anchor).toEqual({ start, end })
    expect(result.changed).toEqual([])
    expect(result.report).toBeNull()
  })

  it('re-anchors on a changed text, rewrites the selectors and reports the counts once', () => {
    const edited = addTashkeelAndTatweel(original.text)
    const changedArticle = buildArticle(original.id, original.meta.sourceFile, edited.text, 'utf-8', sha256)
    const deleted = highlightOn(original.text, 10, 20, 'gone')
    deleted.target.quote.exact = 'نص لم يعد موجودا في المقال'
    const first = reconcile(changedArticle, [highlightOn(original.text, start, end), deleted], now)
    expect(first.report).toEqual({ articleId: original.id, kept: 0, moved: 1, orphaned: 1 })
    const moved = first.changed.find((h) => h.id === 'h1')
    expect(moved?.contentHash).toBe(changedArticle.contentHash)
    expect(moved?.target.position).toEqual({ type: 'TextPositionSelector', start: edited.map(start), end: edited.map(end) })
    expect(first.changed.find((h) => h.id === 'gone')?.orphanedOn).toBe(changedArticle.contentHash)

    const second = reconcile(changedArticle, first.changed, now)
    expect(second.report).toBeNull()
    expect(second.highlights.find((h) => h.id === 'h1')?.anchor).toEqual({ start: edited.map(start), end: edited.map(end) })
    expect(second.highlights.find((h) => h.id === 'gone')?.anchor).toBeNull()
  })
})
