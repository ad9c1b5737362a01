import { describe, expect, it } from 'vitest'
import { anchor } from '../../../src/core/anchoring/anchor'
import { describe as describeSpan } from '../../../src/core/anchoring/describe'
import { PreparedText } from '../../../src/core/anchoring/prepared-text'
import { QUOTE_CONTEXT_CHARS } from '../../../src/core/anchoring/selectors'
import type { Article } from '../../../src/core/corpus/types'
import { addTashkeelAndTatweel, insert, prng, remove, sampleSpans, simplifyLetters, toCrlf, type Edited, type Span } from '../../support/edits'
import { seed } from '../../support/seeds'

const SEEDS = ['000', '001', '002', '003', '004'].map(seed)

/** Every seed with 40 sampled highlights (mid-word, multi-word, some across paragraphs). */
const cases = SEEDS.map((article, i) => ({ article, spans: sampleSpans(article, 40, prng(1000 + i)) }))

function expectReanchored(article: Article, spans: Span[], edit: (text: string) => Edited): void {
  const edited = edit(article.text)
  const prepared = new PreparedText(edited.text)
  for (const span of spans) {
    const result = anchor(prepared, describeSpan(article.text, span.start, span.end))
    expect(result, `${article.id} [${span.start}, ${span.end}) "${article.text.slice(span.start, span.end)}"`).toMatchObject({
      status: 'anchored',
      start: edited.map(span.start),
      end: edited.map(span.end),
    })
  }
}

describe('anchor on an unchanged article', () => {
  it('finds every highlight by its position', () => {
    for (const { article, spans } of cases) {
      for (const span of spans) {
        expect(anchor(article.text, describeSpan(article.text, span.start, span.end))).toEqual({ status: 'anchored', ...span, method: 'position' })
      }
    }
  })
})

describe('re-anchoring exactly after the article changed', () => {
  it.each(cases)('$article.id: text inserted before the highlight (at the start of its paragraph)', ({ article, spans }) => {
    for (const span of spans) {
      const paragraphStart = article.text.lastIndexOf('\n', span.start - 1) + 1
      expectReanchored(article, [span], (text) => insert(text, paragraphStart, 'وفي تطور جديد أعلنت الشركة اليوم عن خطة إضافية. '))
    }
  })

  it.each(cases)('$article.id: tashkeel and tatweel added across the article', ({ article, spans }) => {
    expectReanchored(article, spans, addTashkeelAndTatweel)
  })

  it.each(cases)('$article.id: أ إ آ written as ا and ى as ي', ({ article, spans }) => {
    expectReanchored(article, spans, simplifyLetters)
  })

  it.each(cases)('$article.id: line endings converted to CRLF', ({ article, spans }) => {
    expectReanchored(article, spans, toCrlf)
  })

  it.each(cases)('$article.id: the paragraph holding the highlight duplicated — the copy that fits the context', ({ article, spans }) => {
    let decidedByContext = 0
    for (const span of spans.filter((s) => !article.text.slice(s.start, s.end).includes('\n'))) {
      const lineStart = article.text.lastIndexOf('\n', span.start - 1) + 1
      const lineEnd = article.text.indexOf('\n', span.end) === -1 ? article.text.length : article.text.indexOf('\n', span.end)
      const line = article.text.slice(lineStart, lineEnd)
      const edited = insert(article.text, lineEnd, `\n${line}`) // "P" becomes "P\nP"
      const selectors = describeSpan(article.text, span.start, span.end)
      const result = anchor(edited.text, selectors)
      // Which copy still has the whole stored context around it? If only one, that one; if both,
      // the one at the stored position; if neither (each keeps one side), either copy or an orphan.
      const copies = [span.start, span.start + line.length + 1]
      // A context shorter than 32 characters means the text started (or ended) there: so must the copy's.
      const { prefix, exact, suffix } = selectors.quote
      const fits = copies.map((at) => {
        const end = at + exact.length
        const prefixFits = edited.text.slice(Math.max(0, at - prefix.length), at) === prefix && (prefix.length === QUOTE_CONTEXT_CHARS || at === prefix.length)
        const suffixFits = edited.text.slice(end, end + suffix.length) === suffix && (suffix.length === QUOTE_CONTEXT_CHARS || end + suffix.length === edited.text.length)
        return prefixFits && suffixFits
      })
      const expected = fits[0] ? (copies[0] as number) : fits[1] ? (copies[1] as number) : null
      if (expected === null) {
        expect(result.status === 'orphan' || copies.includes(result.start)).toBe(true)
        continue
      }
      if (expected === copies[1]) decidedByContext++
      expect(result, `"${selectors.quote.exact}"`).toMatchObject({ status: 'anchored', start: expected, end: expected + selectors.quote.exact.length })
    }
    expect(decidedByContext).toBeGreaterThan(0)
  })

  it('calls two equally fitting copies far from the stored position ambiguous instead of guessing', () => {
    const article = SEEDS[3] as Article
    const block = article.blocks.find((b) => b.kind === 'paragraph' && b.end - b.start > 200) as Span
    const start = block.start + 80
    const selectors = describeSpan(article.text, start, start + 20)
    const line = article.text.slice(block.start, block.end)
    const duplicated = insert(article.text, block.end, `\n${line}`).text
    const moved = `${'نص تمهيدي طويل أضيف في أول المقال. '.repeat(60)}\n${duplicated}` // both copies ~2,000 characters away
    expect(anchor(moved, selectors)).toEqual({ status: 'orphan', reason: 'ambiguous' })
  })

  it.each(cases)('$article.id: the paragraph of the highlight deleted — an orphan, never a look-alike', ({ article, spans }) => {
    for (const span of spans) {
      const lineStart = article.text.lastIndexOf('\n', span.start - 1) + 1
      const lineEnd = article.text.indexOf('\n', span.end) === -1 ? article.text.length : article.text.indexOf('\n', span.end)
      const edited = remove(article.text, lineStart, lineEnd)
      const result = anchor(edited.text, describeSpan(article.text, span.start, span.end))
      expect(result.status, `"${article.text.slice(span.start, span.end)}"`).toBe('orphan')
    }
  })

  it('orphans a repeated formula whose paragraph was deleted instead of moving to its twin (seed 003)', () => {
    const article = SEEDS[3] as Article
    const phrase = 'مارك زوكربيرغ، الرئيس التنفيذي لشركة ميتا'
    const second = article.text.indexOf(phrase, article.text.indexOf(phrase) + 1)
    expect(second).toBeGreaterThan(0)
    const lineStart = article.text.lastIndexOf('\n', second) + 1
    const lineEnd = article.text.indexOf('\n', second)
    const selectors = describeSpan(article.text, second, second + 'مارك زوكربيرغ'.length)
    const edited = remove(article.text, lineStart, lineEnd)
    expect(anchor(edited.text, selectors)).toMatchObject({ status: 'orphan' })
  })
})

describe('fuzzy re-anchoring', () => {
  it('follows a passage through a small rewording, mapped back to the original glyphs', () => {
    const article = SEEDS[2] as Article
    const quote = 'سياسة توظيف باحثي الذكاء الاصطناعي من شركته من قبل Meta'
    const start = article.text.indexOf(quote)
    const selectors = describeSpan(article.text, start, start + quote.length)
    const reworded = article.text.replace(quote, 'سياسةَ توظيفِ باحثي الذكاء الإصطناعي في شركته من قِبل Meta')
    const result = anchor(reworded, selectors)
    expect(result).toMatchObject({ status: 'anchored', method: 'fuzzy', start })
    if (result.status === 'anchored') expect(reworded.slice(result.start, result.end)).toBe('سياسةَ توظيفِ باحثي الذكاء الإصطناعي في شركته من قِبل Meta')
  })

  it('refuses a match below the threshold', () => {
    const article = SEEDS[0] as Article
    const start = article.text.indexOf('تجربة اجتماعية ضخمة')
    const selectors = describeSpan(article.text, start, start + 'تجربة اجتماعية ضخمة'.length)
    const rewritten = article.text.replace('تجربة اجتماعية ضخمة', 'محاولة تنظيمية كبيرة')
    expect(anchor(rewritten, selectors).status).toBe('orphan')
  })
})
