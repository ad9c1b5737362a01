import type { Word } from '../words'
import type { Sighting } from './types'
import type { WordFacts } from './word-facts'

type Facts = readonly (WordFacts | null)[]

const DASHES = '-–—'
const MAX_PART_WORDS = 3

/**
 * The first line of a news item names its writer and source around the city it was filed from:
 * "عين اليوم – بروكسل", "فلان الفلاني- سبق- الرياض:", "الرياض – واس". Before the city, the part
 * next to it is the source (an organisation) and a part before that the writer; after a city that
 * opens the line, the part up to the line end is the source.
 */
export function datelines(text: string, words: readonly Word[], facts: Facts): Sighting[] {
  const out: Sighting[] = []
  for (let i = 0; i < words.length; i++) {
    if (i > 0 && words[i - 1]!.kind !== 'break') continue
    const parts = dashedParts(words, facts, i)
    const city = parts.findIndex((p) => p.last === p.first && facts[p.first]?.place)
    if (city < 0 || parts.length < 2) continue
    const source = city > 0 ? parts[city - 1]! : parts[city + 1]
    const writer = city > 1 ? parts[city - 2] : undefined
    if (!source || (city === 0 && !endsLine(words, source.last))) continue
    if (city > 0 && !endsDateline(words, parts[city]!.last)) continue
    out.push(sighting(text, words, source, 'org'))
    if (writer && writer.last > writer.first) out.push(sighting(text, words, writer, 'person'))
  }
  return out
}

interface Part {
  first: number
  last: number
}

/** The parts of a line separated by dashes: one to three Arabic words each. */
function dashedParts(words: readonly Word[], facts: Facts, i: number): Part[] {
  const parts: Part[] = []
  let j = i
  for (;;) {
    let last = j - 1
    // A function word may stand inside a name ("عين اليوم"), not open it.
    while (last - j + 1 < MAX_PART_WORDS && words[last + 1]?.kind === 'ar' && facts[last + 1] && (last >= j || !facts[last + 1]!.stop))
      last++
    if (last < j) break
    parts.push({ first: j, last })
    if (!isDash(words[last + 1])) break
    j = last + 2
  }
  return parts
}

const isDash = (w: Word | undefined): boolean => w?.kind === 'punct' && DASHES.includes(w.key)
const endsLine = (words: readonly Word[], last: number): boolean => !words[last + 1] || words[last + 1]!.kind === 'break'
/** The city ends the dateline: a colon, a dash or the line end after it. */
const endsDateline = (words: readonly Word[], last: number): boolean =>
  endsLine(words, last) || (words[last + 1]?.kind === 'punct' && (words[last + 1]!.key === ':' || isDash(words[last + 1])))

function sighting(text: string, words: readonly Word[], part: Part, type: 'org' | 'person'): Sighting {
  const { start } = words[part.first]!
  const { end } = words[part.last]!
  return { name: text.slice(start, end), start, end, signals: ['dateline'], type }
}
