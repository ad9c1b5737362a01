import { SCALES, BARE_SCALES } from '../../entities/money-words'
import { stripClitics } from '../../entities/clitics'
import { ARABIC, wordClass } from '../../entities/word-class'
import { normalizeKey } from '../../text/normalize'
import { isTens, NUMBER_WORDS } from './number-words'
import { unitOf } from './units'

/** A count or a percentage in normalised text: [start, end) covers the number, its scale and its unit. */
export interface Quantity {
  start: number
  end: number
  kind: 'count' | 'percent'
  value: number
  unit: string
}

interface Word {
  start: number
  end: number
  text: string
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39
const isLatinLower = (c: number): boolean => c >= 0x61 && c <= 0x7a
const isBlank = (c: number): boolean => c === 0x20 || c === 0x09
const PERCENT_SIGNS = new Set([0x25, 0x066a]) // % ٪
/** "في المئة" / "في المائة" / "بالمئة" / "بالمائة" / "percent": the words that make a number a percentage. */
const HUNDRED = new Set(['المئة', 'المائة'].map(normalizeKey))
const GLUED_HUNDRED = new Set(['بالمئة', 'بالمائة'].map(normalizeKey))

function wordAt(s: string, from: number): Word | null {
  let i = from
  while (i < s.length && isBlank(s.charCodeAt(i))) i++
  let j = i
  const c = s.charCodeAt(i)
  if (wordClass(c) === ARABIC) while (j < s.length && wordClass(s.charCodeAt(j)) === ARABIC) j++
  else if (isLatinLower(c)) while (j < s.length && isLatinLower(s.charCodeAt(j))) j++
  return j > i ? { start: i, end: j, text: s.slice(i, j) } : null
}

/** A number written in words at `word`: "ثلاثة", "خمسة وعشرون", "مئة". */
function wordNumber(s: string, word: Word): { value: number; end: number } | null {
  const value = NUMBER_WORDS.get(word.text)
  if (value === undefined) return null
  const next = wordAt(s, word.end)
  const tens = next && next.text.startsWith('و') ? NUMBER_WORDS.get(next.text.slice(1)) : undefined
  if (next && tens !== undefined && value < 10 && isTens(tens)) return { value: value + tens, end: next.end }
  return { value, end: word.end }
}

/**
 * After a number ending at `end`: an optional scale word ("ملايين"), then either a percent marker
 * or a counted noun. Returns null when neither follows: a bare number is not a figure.
 */
function quantityAfter(s: string, start: number, end: number, value: number, scaled = false): Quantity | null {
  let cursor = end
  let amount = value
  const scale = scaled ? null : wordAt(s, end)
  const power = scale ? SCALES.get(scale.text) : undefined
  if (scale && power !== undefined && scale.text.length > 1) {
    amount = Number(`${value}e${power}`)
    cursor = scale.end
  }
  let at = cursor
  while (at < s.length && isBlank(s.charCodeAt(at))) at++
  if (PERCENT_SIGNS.has(s.charCodeAt(at))) return { start, end: at + 1, kind: 'percent', value: amount, unit: '%' }
  const next = wordAt(s, cursor)
  if (!next) return null
  if (GLUED_HUNDRED.has(next.text) || next.text === 'percent') return { start, end: next.end, kind: 'percent', value: amount, unit: '%' }
  if (next.text === 'في' || next.text === 'per') {
    const hundred = wordAt(s, next.end)
    if (hundred && (HUNDRED.has(hundred.text) || hundred.text === 'cent')) return { start, end: hundred.end, kind: 'percent', value: amount, unit: '%' }
    return null
  }
  const unit = unitOf(next.text) ?? stripClitics(next.text, 2).map(unitOf).find((u) => u !== null) ?? null
  return unit ? { start, end: next.end, kind: 'count', value: amount, unit } : null
}

// Grouped thousands ("2,000") or plain digits, with an optional decimal part (normalised: ٫ is '.').
const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g
const ARABIC_WORD = /[\u0620-\u064a]+/g

/**
 * Counts ("2000 موظف", "ثلاثة ملايين مستخدم", "مليار مستخدم") and percentages ("15%", "١٥٪",
 * "15 في المئة", "نسبة 15 بالمائة", "عشرة في المئة") in normalised text. Money is found apart
 * (findMoney); a year ("في 2024") is neither, having no unit after it.
 */
export function findQuantities(s: string): Quantity[] {
  const out: Quantity[] = []
  for (const m of s.matchAll(NUMBER)) {
    const before = s.charCodeAt(m.index - 1)
    if (isDigit(before) || before === 0x2e || before === 0x2c || isLatinLower(before)) continue
    const q = quantityAfter(s, m.index, m.index + m[0].length, Number(m[0].replace(/,/g, '')))
    if (q) out.push(q)
  }
  for (const m of s.matchAll(ARABIC_WORD)) {
    const word = { start: m.index, end: m.index + m[0].length, text: m[0] }
    if (wordClass(s.charCodeAt(word.start - 1)) === ARABIC) continue
    const spelled = wordNumber(s, word)
    const bare = spelled ? undefined : BARE_SCALES.get(word.text)
    const q = spelled
      ? quantityAfter(s, word.start, spelled.end, spelled.value)
      : bare
        ? quantityAfter(s, word.start, word.end, Number(`${bare.count}e${bare.power}`), true)
        : null
    if (q) out.push(q)
  }
  out.sort((a, b) => a.start - b.start)
  // "ثلاثة ملايين مستخدم" is found from "ثلاثة" and from "ملايين"; the longer, earlier one stands.
  const kept: Quantity[] = []
  for (const q of out) if (kept.length === 0 || q.start >= (kept[kept.length - 1] as Quantity).end) kept.push(q)
  return kept
}
