import { normalizeForMatching, toRawRange, type NormalizedText } from '../text/normalize'
import { normOffset } from '../text/offsets'
import { cliticMask, endsInLamLam, MAX_CLITIC_LENGTH, startsClitic } from './clitics'
import { compileNames, type CompiledName } from './compile-names'
import { FNV_OFFSET, fnvStep, hashRange } from './hash'
import { matchNameAt } from './match-name'
import { findMoney } from './money'
import { MoneyLookup } from './money-lookup'
import { overlapsAny, readableSegments, type Span } from './readable-segments'
import { followsOtherGivenName } from './surname-guard'
import type { Entity, Mention } from './types'
import { ARABIC, LATIN, NONE, wordClass } from './word-class'

export interface FindOptions {
  /** The normalised text, when the caller already has it (search, anchoring). */
  normalized?: NormalizedText
  /** Raw ranges to leave out, e.g. chrome blocks: nothing inside is reported, and each edge is a word boundary. */
  skip?: readonly Span[]
}

/**
 * After a clitic, a one-word name this short is more often part of a word: وسام (medal), بسام (a
 * name), كابل (Kabul), وابل (a barrage), السام (the toxic). Such names match as whole tokens only,
 * at the cost of "وآبل" (and Apple). Four letters keeps لميتا, وجوجل, ولكون. A name of several words
 * is checked by its other words, so its first may be short: "ونات فريدمان", "وسام ألتمان".
 */
export const MIN_STEM_AFTER_CLITIC = 4
const MIN_STEM_OF_LONGER_NAME = 2

const ALEF = 0x0627

interface Hit {
  name: CompiledName
  start: number
  end: number
}

/**
 * Finds registry names in a text. Names are indexed by the hash of their first normalised token;
 * the scanner walks the normalised text once, hashing each token as it reads it, and tries the
 * names starting with that token, longest first. Results are leftmost-longest and never overlap.
 *
 * An Arabic token that does not start a name as a whole may carry proclitics: the scanner then
 * tries each clitic chain it begins with (و ف ب ل ك ال and their chains), shortest first, so a
 * whole-token reading always wins ("وول ستريت", "وانغ", "لكون" keep their first letter).
 */
export class MentionIndex {
  private readonly byFirstToken = new Map<number, CompiledName[]>()
  private readonly money: MoneyLookup

  constructor(entities: readonly Entity[]) {
    for (const entity of entities) {
      for (const name of compileNames(entity)) {
        const list = this.byFirstToken.get(name.firstHash)
        if (list) list.push(name)
        else this.byFirstToken.set(name.firstHash, [name])
      }
    }
    // Longest first; on equal length the entity registered first keeps the name.
    for (const list of this.byFirstToken.values()) list.sort((a, b) => b.length - a.length)
    this.money = new MoneyLookup(entities)
  }

  /** Mentions in `text`, sorted by start, as raw offsets covering the name and never its clitics. */
  find(text: string, options: FindOptions = {}): Mention[] {
    const norm = options.normalized ?? normalizeForMatching(text)
    const mentions: Mention[] = []
    for (const segment of readableSegments(norm, options.skip)) this.scan(text, norm, segment.start, segment.end, mentions)
    if (this.money.size > 0) this.addMoney(text, norm, options.skip ?? [], mentions)
    return mentions
  }

  private scan(raw: string, norm: NormalizedText, from: number, to: number, out: Mention[]): void {
    const s = norm.text
    let i = from
    while (i < to) {
      const first = s.charCodeAt(i)
      const cls = wordClass(first)
      if (cls === NONE) {
        i++
        continue
      }
      let hash = fnvStep(FNV_OFFSET, first)
      let j = i + 1
      for (; j < to; j++) {
        const code = s.charCodeAt(j)
        if (wordClass(code) !== cls) break
        hash = fnvStep(hash, code)
      }
      const hit = this.matchToken(raw, norm, i, j, hash, cls, from, to)
      if (hit) {
        const range = toRawRange(norm, normOffset(hit.start), normOffset(hit.end))
        out.push({ start: range.start, end: range.end, entityId: hit.name.entityId })
        i = hit.end
      } else {
        i = j
      }
    }
  }

  /** The longest name starting with the token [i, j), as a whole token first, then after a clitic chain. */
  private matchToken(
    raw: string,
    norm: NormalizedText,
    i: number,
    j: number,
    hash: number,
    cls: number,
    from: number,
    to: number,
  ): Hit | null {
    const s = norm.text
    const whole = this.tryNames(raw, norm, this.byFirstToken.get(hash), i, 0, to)
    if (whole && !(whole.name.surname && followsOtherGivenName(s, i, from, whole.name))) return whole
    if (cls !== ARABIC || !startsClitic(s.charCodeAt(i))) return null
    const mask = cliticMask(s, i, j, MIN_STEM_OF_LONGER_NAME)
    if (mask === 0) return null
    for (let k = 1; k <= MAX_CLITIC_LENGTH; k++) {
      if ((mask & (1 << k)) === 0) continue
      const oneWordOk = j - (i + k) >= MIN_STEM_AFTER_CLITIC
      const stem = this.tryNames(raw, norm, this.byFirstToken.get(hashRange(s, i + k, j)), i + k, 0, to, oneWordOk)
      if (stem) return stem
      // لل + name: the second lam is the article of a name that starts with ال ("للجزيرة").
      if (endsInLamLam(s, i, k)) {
        const names = this.byFirstToken.get(hashRange(s, i + k - 1, j, fnvStep(FNV_OFFSET, ALEF)))
        const definite = this.tryNames(raw, norm, names, i + k - 1, 1, to, oneWordOk)
        if (definite) return definite
      }
    }
    return null
  }

  private tryNames(
    raw: string,
    norm: NormalizedText,
    names: CompiledName[] | undefined,
    at: number,
    skipFirst: number,
    to: number,
    oneWordOk = true,
  ): Hit | null {
    if (!names) return null
    for (const name of names) {
      if (!oneWordOk && name.tokens.length === 1) continue
      const end = matchNameAt(norm.text, at, name, skipFirst, to)
      if (end < 0) continue
      if (name.caseSensitive && !upperCaseInRaw(raw, norm, at, end)) continue
      return { name, start: at, end }
    }
    return null
  }

  /** Money entities match by value: every amount the text states, mapped to the entity of that amount. */
  private addMoney(text: string, norm: NormalizedText, skip: readonly Span[], mentions: Mention[]): void {
    const names = [...mentions]
    let added = false
    for (const amount of findMoney(text, norm)) {
      const entityId = this.money.entityFor(amount.value, amount.currency)
      if (!entityId || overlapsAny(amount.start, amount.end, skip) || overlapsAny(amount.start, amount.end, names)) continue
      mentions.push({ start: amount.start, end: amount.end, entityId })
      added = true
    }
    if (added) mentions.sort((a, b) => a.start - b.start)
  }
}

/** Acronym names match only where the text writes their letters in upper case ("FAIR", not "fair"). */
function upperCaseInRaw(raw: string, norm: NormalizedText, start: number, end: number): boolean {
  for (let u = start; u < end; u++) {
    const code = norm.text.charCodeAt(u)
    if (wordClass(code) !== LATIN || (code >= 0x30 && code <= 0x39)) continue
    const original = raw.charCodeAt(norm.toRaw[u] as number)
    if (!(original >= 0x41 && original <= 0x5a) && !(original >= 0xc0 && original <= 0xde && original !== 0xd7)) return false
  }
  return true
}
