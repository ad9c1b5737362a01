import { normalizeForMatching, toRawRange, type NormalizedText } from '../text/normalize'
import { normOffset } from '../text/offsets'
import { stripClitics } from './clitics'
import { BARE_SCALES, CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, SCALES } from './money-words'
import type { MoneyMention } from './types'
import { ARABIC, wordClass } from './word-class'

/**
 * Amounts of money in a text: "14.3 مليار دولار", "٤٫٣ مليار يورو", "$14.3 billion", "€4.34bn",
 * "4,340,000,000 يورو", "ملياري دولار". Runs on the normalised text (Arabic-Indic digits are ASCII
 * there, ٫ is '.', ٬ is ',') and returns raw ranges covering the whole phrase, currency included.
 * An amount needs a currency, before or after it: "14.3 مليار" alone is not money.
 */
export function findMoney(text: string, normalized?: NormalizedText): MoneyMention[] {
  const norm = normalized ?? normalizeForMatching(text)
  const s = norm.text
  const found: NormRange[] = []
  for (const m of s.matchAll(NUMBER)) {
    const amount = amountAt(s, m.index, m.index + m[0].length, m[0])
    if (amount) found.push(amount)
  }
  for (const m of s.matchAll(BARE_SCALE)) {
    const amount = bareScaleAt(s, m.index, m.index + m[0].length)
    if (amount) found.push(amount)
  }
  found.sort((a, b) => a.start - b.start)
  const out: MoneyMention[] = []
  let end = -1
  for (const f of found) {
    if (f.start < end) continue
    end = f.end
    const raw = toRawRange(norm, normOffset(f.start), normOffset(f.end))
    out.push({ start: raw.start, end: raw.end, value: f.value, currency: f.currency })
  }
  return out
}

interface NormRange {
  start: number
  end: number
  value: number
  currency: string
}

// Grouped thousands ("4,340,000,000") or plain digits, with an optional decimal part.
const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g
const BARE_SCALE = /(?:مليار|مليون|الف|تريليون)ي?(?![\u0620-\u064a])/g

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39
const isLatinLower = (c: number): boolean => c >= 0x61 && c <= 0x7a
const isBlank = (c: number): boolean => c === 0x20 || c === 0x09

function amountAt(s: string, start: number, end: number, digits: string): NormRange | null {
  const before = s.charCodeAt(start - 1)
  // Part of a longer number or of a Latin word ("GPT4", "1,23").
  if (isDigit(before) || before === 0x2e || before === 0x2c || isLatinLower(before)) return null
  let power = 0
  let cursor = end
  const scale = wordAt(s, skipBlanks(s, end))
  const scalePower = scale ? SCALES.get(s.slice(scale.start, scale.end)) : undefined
  // One-letter abbreviations ("5m", "$3b") only when glued to the number.
  if (scale && scalePower !== undefined && (scale.end - scale.start > 1 || scale.start === end)) {
    power = scalePower
    cursor = scale.end
  }
  const prefix = currencyBefore(s, start)
  const suffix = currencyAfter(s, cursor)
  const currency = prefix?.code ?? suffix?.code
  if (!currency) return null
  const mantissa = digits.replace(/,/g, '')
  return {
    start: prefix ? prefix.start : start,
    end: suffix ? suffix.end : cursor,
    value: Number(`${mantissa}e${power}`),
    currency,
  }
}

/** "مليار دولار", "بمليار دولار", "ملياري دولار": a scale word standing for the amount itself. */
function bareScaleAt(s: string, start: number, end: number): NormRange | null {
  let tokenStart = start
  while (tokenStart > 0 && wordClass(s.charCodeAt(tokenStart - 1)) === ARABIC) tokenStart--
  if (tokenStart < start && !stripClitics(s.slice(tokenStart, end), end - start).includes(s.slice(start, end))) return null
  const bare = BARE_SCALES.get(s.slice(start, end))
  if (!bare) return null
  let before = tokenStart - 1
  while (before >= 0 && isBlank(s.charCodeAt(before))) before--
  if (before >= 0 && isDigit(s.charCodeAt(before))) return null
  const suffix = currencyAfter(s, end)
  if (!suffix) return null
  return { start, end: suffix.end, value: Number(`${bare.count}e${bare.power}`), currency: suffix.code }
}

const skipBlanks = (s: string, i: number): number => {
  while (i < s.length && isBlank(s.charCodeAt(i))) i++
  return i
}

/** The Arabic-letter or Latin-letter run starting at `i` (digits excluded: "4.34bn" reads "bn"). */
function wordAt(s: string, i: number): { start: number; end: number } | null {
  const c = s.charCodeAt(i)
  let j = i
  if (wordClass(c) === ARABIC) while (j < s.length && wordClass(s.charCodeAt(j)) === ARABIC) j++
  else if (isLatinLower(c)) while (j < s.length && isLatinLower(s.charCodeAt(j))) j++
  return j > i ? { start: i, end: j } : null
}

function currencyAfter(s: string, from: number): { code: string; end: number } | null {
  const at = skipBlanks(s, from)
  const symbol = CURRENCY_SYMBOLS.get(s.charCodeAt(at))
  if (symbol) return { code: symbol, end: at + 1 }
  const word = wordAt(s, at)
  if (!word) return null
  const text = s.slice(word.start, word.end)
  if (CURRENCY_CODES.has(text)) return { code: text.toUpperCase(), end: word.end }
  const currency = CURRENCY_WORDS.get(text)
  if (!currency) return null
  const adjective = currency.adjectives ? wordAt(s, skipBlanks(s, word.end)) : null
  const qualified = adjective ? currency.adjectives?.get(s.slice(adjective.start, adjective.end)) : undefined
  return adjective && qualified ? { code: qualified, end: adjective.end } : { code: currency.code, end: word.end }
}

/** "$14.3", "US$ 5", "€4.34", "USD 5": a currency written before the number. */
function currencyBefore(s: string, numberStart: number): { code: string; start: number } | null {
  let at = numberStart
  if (at > 0 && isBlank(s.charCodeAt(at - 1))) at--
  const symbol = CURRENCY_SYMBOLS.get(s.charCodeAt(at - 1))
  if (symbol) {
    const start = at - 1
    const us = symbol === 'USD' && s.slice(start - 2, start) === 'us' && !isLatinLower(s.charCodeAt(start - 3))
    return { code: symbol, start: us ? start - 2 : start }
  }
  let wordStart = at
  while (wordStart > 0 && isLatinLower(s.charCodeAt(wordStart - 1))) wordStart--
  const word = s.slice(wordStart, at)
  return word.length > 0 && CURRENCY_CODES.has(word) ? { code: word.toUpperCase(), start: wordStart } : null
}
