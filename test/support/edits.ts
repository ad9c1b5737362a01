import type { Article } from '../../src/core/corpus/types'

export { prng } from './random'

/** An edited text and where each old offset went (null: deleted). */
export interface Edited {
  text: string
  map(offset: number): number | null
}

/** Rewrites character by character; `replace` returns what stands for text[i] in the new text. */
export function rewrite(text: string, replace: (ch: string, i: number) => string): Edited {
  const at = new Array<number>(text.length + 1)
  let out = ''
  for (let i = 0; i < text.length; i++) {
    at[i] = out.length
    out += replace(text[i] as string, i)
  }
  at[text.length] = out.length
  return { text: out, map: (offset) => at[offset] ?? null }
}

export function insert(text: string, position: number, insertion: string): Edited {
  return {
    text: text.slice(0, position) + insertion + text.slice(position),
    map: (offset) => (offset < position ? offset : offset + insertion.length),
  }
}

export function remove(text: string, start: number, end: number): Edited {
  return {
    text: text.slice(0, start) + text.slice(end),
    map: (offset) => (offset <= start ? offset : offset >= end ? offset - (end - start) : null),
  }
}

const isArabicLetter = (ch: string): boolean => /[\u0621-\u064A]/.test(ch)
const JOINS_LEFT = /[\u0626\u0628\u062A-\u062E\u0633-\u063A\u0640-\u0647\u064A]/ // letters that connect to the next one

/** Vowels every Arabic letter and stretches some joins with tatweel, as a re-saved article might. */
export function addTashkeelAndTatweel(text: string): Edited {
  const marks = ['\u064E', '\u064F', '\u0650', '\u0652', '\u0651\u064E']
  return rewrite(text, (ch, i) => {
    if (!isArabicLetter(ch)) return ch
    const next = text[i + 1] ?? ''
    const stretch = JOINS_LEFT.test(ch) && isArabicLetter(next) && i % 5 === 0 ? '\u0640\u0640' : ''
    return ch + (marks[i % marks.length] as string) + stretch
  })
}

/** Writes every hamza-carrying alef as a bare alef and alef maqsura as yaa (lengths do not change). */
export function simplifyLetters(text: string): Edited {
  return rewrite(text, (ch) => (/[أإآ]/.test(ch) ? 'ا' : ch === 'ى' ? 'ي' : ch))
}

export function toCrlf(text: string): Edited {
  return rewrite(text, (ch) => (ch === '\n' ? '\r\n' : ch))
}

const isMark = (text: string, i: number): boolean => /[\u064B-\u065F\u0670\u0640]/.test(text[i] ?? '')

export interface Span {
  start: number
  end: number
}

/** Spans a reader could select: inside readable blocks, often mid-word, sometimes across two paragraphs. */
export function sampleSpans(article: Article, count: number, random: () => number): Span[] {
  const readable = article.blocks.filter((b) => b.kind !== 'chrome')
  const spans: Span[] = []
  while (spans.length < count) {
    const index = Math.floor(random() * readable.length)
    const block = readable[index]
    if (!block || block.end - block.start < 12) continue
    const start = block.start + Math.floor(random() * (block.end - block.start - 8))
    const across = random() < 0.15 ? readable[index + 1] : undefined
    const end = across
      ? across.start + 1 + Math.floor(random() * Math.min(60, across.end - across.start - 1))
      : Math.min(block.end, start + 8 + Math.floor(random() * 120))
    // Selections follow grapheme boundaries: a browser never splits a letter from its tashkeel.
    if (isMark(article.text, start) || isMark(article.text, end)) continue
    if (article.text.slice(start, end).trim().length > 0) spans.push({ start, end })
  }
  return spans
}
