import { findOccurrences, type Occurrence } from './tokens'
import type { Snippet, Span } from './types'

/** Characters of context on each side of the first match of a passage. */
const CONTEXT = 70
const MAX_SNIPPETS = 3

const isBreak = (c: number): boolean => c === 0x0a
const isSpaceCode = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x0a

/** Extends `at` backwards to a word start, never past the line start. */
function backToWord(text: string, at: number, lineStart: number): number {
  let i = Math.max(lineStart, at)
  while (i > lineStart && !isSpaceCode(text.charCodeAt(i - 1))) i--
  return i
}

function forwardToWord(text: string, at: number, lineEnd: number): number {
  let i = Math.min(lineEnd, at)
  while (i < lineEnd && !isSpaceCode(text.charCodeAt(i))) i++
  return i
}

/**
 * Passages around the matches: up to three, each within one line (a paragraph of the article),
 * about 70 characters either side of its first match, cut at word boundaries. Every match inside
 * a passage is marked at its exact raw offsets.
 */
export function makeSnippets(text: string, occurrences: readonly Occurrence[], max = MAX_SNIPPETS): Snippet[] {
  const sorted = [...occurrences].sort((a, b) => a.start - b.start)
  const snippets: Snippet[] = []
  let at = 0
  while (at < sorted.length && snippets.length < max) {
    const first = sorted[at] as Occurrence
    let lineStart = first.start
    while (lineStart > 0 && !isBreak(text.charCodeAt(lineStart - 1))) lineStart--
    let lineEnd = first.end
    while (lineEnd < text.length && !isBreak(text.charCodeAt(lineEnd))) lineEnd++
    const start = backToWord(text, first.start - CONTEXT, lineStart)
    const end = forwardToWord(text, first.end + CONTEXT, lineEnd)
    const marks: Span[] = []
    while (at < sorted.length && (sorted[at] as Occurrence).end <= end) {
      const o = sorted[at] as Occurrence
      if (o.start >= start) marks.push({ start: o.start - start, end: o.end - start })
      at++
    }
    snippets.push({ start, text: text.slice(start, end), marks })
  }
  return snippets
}

/** Occurrences outside the hidden spans (hidden chrome is never offered as a hit). */
export function visibleOnly(occurrences: readonly Occurrence[], hidden: readonly Span[] | undefined): Occurrence[] {
  if (!hidden || hidden.length === 0) return [...occurrences]
  return occurrences.filter((o) => !hidden.some((h) => o.start < h.end && o.end > h.start))
}

/**
 * The matches a hit's snippets need: line by line (a line is a paragraph of an article), skipping
 * hidden ones, until `maxLines` lines with a match are found. Normalising only those lines, not the
 * whole text, keeps twenty hits under a few milliseconds even when the best-ranked articles are
 * long (a 20,000-character article takes ~1 ms to normalise whole).
 */
export function occurrencesForSnippets(text: string, wanted: ReadonlySet<string>, hidden: readonly Span[] | undefined, maxLines = MAX_SNIPPETS): Occurrence[] {
  const found: Occurrence[] = []
  let lines = 0
  for (let start = 0; start <= text.length && lines < maxLines; ) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    const covered = hidden?.some((h) => h.start <= start && h.end >= end)
    if (end > start && !covered) {
      const inLine = visibleOnly(
        findOccurrences(text.slice(start, end), wanted).map((o) => ({ term: o.term, start: o.start + start, end: o.end + start })),
        hidden,
      )
      if (inLine.length > 0) {
        found.push(...inLine)
        lines++
      }
    }
    start = end + 1
  }
  return found
}
