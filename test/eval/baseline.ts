import { TITLES } from '../../src/core/entities/titles'
import { normalizeKey } from '../../src/core/text/normalize'
import { nameKey, type Found, type FoundSuggestion, type Span } from './score'

/**
 * The naive baseline the engine is measured against: every run of Latin words, and the word right
 * after a title word ("الرئيس التنفيذي X", "السيد X"), each suggested with all its whole-word
 * occurrences. No dictionary, no context, no proclitic stripping: what a regular expression finds.
 */
export function naiveBaseline(text: string): Found {
  const names = [...latinRuns(text), ...wordsAfterTitles(text)]
  const byKey = new Map<string, FoundSuggestion>()
  for (const name of names) {
    const key = nameKey(name)
    if (key && !byKey.has(key)) byKey.set(key, { name, occurrences: wholeWordOccurrences(text, name) })
  }
  return { known: [], suggestions: [...byKey.values()] }
}

const LATIN_RUN = /[A-Za-z][A-Za-z0-9&'’.-]*(?:[ \u00A0]+[A-Za-z0-9][A-Za-z0-9&'’.-]*)*/g

function latinRuns(text: string): string[] {
  return [...text.matchAll(LATIN_RUN)].map((m) => m[0].replace(/[.'’-]+$/, ''))
}

interface Word extends Span {
  key: string
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu

function words(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, key: normalizeKey(m[0]) }))
}

function wordsAfterTitles(text: string): string[] {
  const all = words(text)
  const found: string[] = []
  for (let i = 0; i < all.length; i++) {
    const title = TITLES.find((t) => t.words.every((w, k) => all[i + k]?.key === w))
    const next = title ? all[i + title.words.length] : undefined
    // Only when nothing but spaces (or a comma) separates the title from the word: "الرئيس التنفيذي، X".
    if (next && title && /^[\s،,]*$/.test(text.slice((all[i + title.words.length - 1] as Word).end, next.start))) {
      found.push(text.slice(next.start, next.end))
    }
  }
  return found
}

function wholeWordOccurrences(text: string, name: string): Span[] {
  const spans: Span[] = []
  const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{M}\p{N}]/u.test(c)
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const end = at + name.length
    if (!isWordChar(text[at - 1]) && !isWordChar(text[end])) spans.push({ start: at, end })
  }
  return spans
}
