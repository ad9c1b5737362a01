import { isLatinLetter } from '../text/chars'
import { normalizeKey } from '../text/normalize'
import { NONE, wordClass } from './word-class'

/**
 * A registry name in the form the matcher compares: normalised tokens (runs of one word class) and
 * what separates them. A gap of '' stands for whitespace or quotes ("مختبر “ميتا للذكاء الفائق”"
 * is the name "مختبر ميتا للذكاء الفائق" typeset with quotes); any other gap holds the punctuation
 * that must be there ("i-jepa": "-"). Apostrophes of every shape are one ("'").
 */
export interface NameForm {
  tokens: string[]
  gaps: string[]
  /** Tokens joined by their gaps (' ' for ''): equal keys are the same name. */
  key: string
  /** Acronym-like names ("MSL", "FAIR", "I-JEPA") match upper case only: "fair" is an English word. */
  caseSensitive: boolean
}

/** Quotes and spaces are typography, never part of a name. */
export const isSpaceLike = (code: number): boolean =>
  code === 0x20 ||
  code === 0x09 ||
  code === 0xa0 ||
  code === 0x22 || // "
  code === 0x201c || // “
  code === 0x201d || // ”
  code === 0x201e || // „
  code === 0xab || // «
  code === 0xbb || // »
  code === 0x2039 || // ‹
  code === 0x203a // ›

/** ’ ‘ ʼ ` ′ and ' are one apostrophe. */
export const foldApostrophe = (code: number): number =>
  code === 0x2019 || code === 0x2018 || code === 0x02bc || code === 0x60 || code === 0x2032 ? 0x27 : code

export function parseName(name: string): NameForm {
  const norm = normalizeKey(name)
  const tokens: string[] = []
  const gaps: string[] = []
  let gap = ''
  for (let i = 0; i < norm.length;) {
    const cls = wordClass(norm.charCodeAt(i))
    if (cls === NONE) {
      const code = norm.charCodeAt(i)
      if (!isSpaceLike(code) && code !== 0x0a && code !== 0x0d) gap += String.fromCharCode(foldApostrophe(code))
      i++
      continue
    }
    let j = i + 1
    while (j < norm.length && wordClass(norm.charCodeAt(j)) === cls) j++
    if (tokens.length > 0) gaps.push(gap)
    tokens.push(norm.slice(i, j))
    gap = ''
    i = j
  }
  const key = tokens.map((t, i) => (i === 0 ? t : `${gaps[i - 1] || ' '}${t}`)).join('')
  return { tokens, gaps, key, caseSensitive: isAcronymLike(name) }
}

/** The comparison key of a name ('' when it has no letters or digits). */
export const nameKey = (name: string): string => parseName(name).key

/** At least two Latin letters, all upper case ("MSL", "I-JEPA"; not "OpenAI", not "مختبر TBD Lab"). */
function isAcronymLike(name: string): boolean {
  let letters = 0
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i)
    if (!isLatinLetter(c)) continue
    const ch = name[i] as string
    if (ch === ch.toLowerCase()) return false
    letters++
  }
  return letters >= 2
}
