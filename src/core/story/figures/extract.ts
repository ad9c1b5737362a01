import type { Article } from '../../corpus/types'
import { findMoney } from '../../entities/money'
import { ARABIC, LATIN, wordClass } from '../../entities/word-class'
import { normalizeForMatching, toNormOffset, toRawRange } from '../../text/normalize'
import { normOffset, rawOffset } from '../../text/offsets'
import { sentenceAround } from '../../text/sentences'
import { findQuantities } from './quantities'
import { topicOf } from './topics'
import type { Figure } from './types'

/** A mention of a registry entity in the article (raw offsets). */
export interface EntitySpan {
  entityId: string
  start: number
  end: number
}

type Found = Pick<Figure, 'start' | 'end' | 'kind' | 'value' | 'unit'>

/**
 * The figures of one article: its amounts of money (the entities' money parser), counts and
 * percentages, each with the entities of its sentence (of its paragraph when the sentence names
 * none) and the topic of the nearest cue word. Chrome (site furniture) is skipped. `mentions` are
 * the accepted mentions of the entities a figure can be about (money entities left out by the caller).
 */
export function figuresIn(article: Pick<Article, 'id' | 'text' | 'blocks'>, mentions: readonly EntitySpan[]): Figure[] {
  const norm = normalizeForMatching(article.text)
  const money: Found[] = findMoney(article.text, norm).map((m) => ({ start: m.start, end: m.end, kind: 'money', value: m.value, unit: m.currency }))
  const quantities: Found[] = findQuantities(norm.text).map((q) => ({ ...toRawRange(norm, normOffset(q.start), normOffset(q.end)), kind: q.kind, value: q.value, unit: q.unit }))
  const found = [...money, ...quantities.filter((q) => !money.some((m) => q.start < m.end && m.start < q.end))].sort((a, b) => a.start - b.start)
  const sorted = [...mentions].sort((a, b) => a.start - b.start)
  const out: Figure[] = []
  let b = 0
  for (const f of found) {
    while (b < article.blocks.length && (article.blocks[b]?.end ?? 0) <= f.start) b++
    const block = article.blocks[b]
    if (!block || block.start > f.start || block.kind === 'chrome') continue
    const sentence = sentenceAround(article.text, block, f.start, f.end)
    const inSentence = idsWithin(sorted, sentence.start, sentence.end)
    out.push({
      articleId: article.id,
      ...f,
      text: article.text.slice(f.start, f.end),
      topic: nearestTopic(norm, f, sentence),
      entityIds: inSentence.length > 0 ? inSentence : idsWithin(sorted, block.start, block.end),
      sentence,
    })
  }
  return out
}

function idsWithin(sorted: readonly EntitySpan[], start: number, end: number): string[] {
  const ids = new Set<string>()
  for (const m of sorted) {
    if (m.start >= end) break
    if (m.start >= start && m.end <= end) ids.add(m.entityId)
  }
  return [...ids].sort()
}

/** The topic of the cue word closest to the figure within its sentence ('' when the sentence has none). */
function nearestTopic(norm: ReturnType<typeof normalizeForMatching>, f: Found, sentence: { start: number; end: number }): string {
  const s = norm.text
  const from = toNormOffset(norm, rawOffset(sentence.start))
  const to = toNormOffset(norm, rawOffset(sentence.end))
  const figStart = toNormOffset(norm, rawOffset(f.start))
  const figEnd = toNormOffset(norm, rawOffset(f.end))
  let best = ''
  let bestDistance = Infinity
  for (let i: number = from; i < to; ) {
    const cls = wordClass(s.charCodeAt(i))
    if (cls !== ARABIC && cls !== LATIN) {
      i++
      continue
    }
    let j = i
    while (j < to && wordClass(s.charCodeAt(j)) === cls) j++
    const distance = j <= figStart ? figStart - j : i >= figEnd ? i - figEnd : 0
    if (distance < bestDistance && !(i >= figStart && j <= figEnd)) {
      const topic = topicOf(s.slice(i, j))
      if (topic) {
        best = topic
        bestDistance = distance
      }
    }
    i = j
  }
  return best
}
