import { isInvisibleControl, isTashkeel, TATWEEL } from './chars'
import { normOffset, rawOffset, type NormOffset, type RawOffset, type RawRange } from './offsets'

/**
 * A normalised copy of a text with a map back to the original.
 * `toRaw[i]` is the raw offset of the character that produced normalised unit i, and
 * `toRaw[text.length]` is the raw length. A normalised range [s, e) maps to
 * [toRaw[s], toRawEnd[e - 1]): from the first matched letter to the end of the last one with its
 * own marks, which is what a reader expects a highlight of that word to cover.
 */
export interface NormalizedText {
  readonly text: string
  readonly toRaw: Uint32Array
  /**
   * `toRawEnd[i]` is where the raw character behind unit i ends, including the tashkeel and
   * tatweel that follow it (they belong to that letter) but not invisible controls or line breaks.
   */
  readonly toRawEnd: Uint32Array
}

/** Letter folds from DESIGN.md "Arabic text": one raw letter to one matching letter. */
const LETTER_FOLDS: Readonly<Record<number, number>> = {
  0x0623: 0x0627, // أ → ا
  0x0625: 0x0627, // إ → ا
  0x0622: 0x0627, // آ → ا
  0x0671: 0x0627, // ٱ → ا
  0x0649: 0x064a, // ى → ي
  0x0629: 0x0647, // ة → ه
  0x0624: 0x0648, // ؤ → و
  0x0626: 0x064a, // ئ → ي
  0x066b: 0x2e, // Arabic decimal separator → .
  0x066c: 0x2c, // Arabic thousands separator → ,
  0x00a0: 0x20, // no-break space → space
  0x202f: 0x20, // narrow no-break space → space
}

/** Returns the folded form of one code point, or '' when the character is dropped for matching. */
function computeFold(cp: number): string {
  if (isTashkeel(cp) || cp === TATWEEL || isInvisibleControl(cp)) return ''
  if (cp >= 0x0660 && cp <= 0x0669) return String.fromCharCode(0x30 + cp - 0x0660)
  if (cp >= 0x06f0 && cp <= 0x06f9) return String.fromCharCode(0x30 + cp - 0x06f0)
  const folded = LETTER_FOLDS[cp]
  if (folded !== undefined) return String.fromCharCode(folded)
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a ? String.fromCharCode(cp + 32) : String.fromCharCode(cp)
  const ch = String.fromCodePoint(cp)
  return ch.toLowerCase()
}

/**
 * Folds of every code point below U+3000 (Latin, Arabic and its supplements, punctuation),
 * computed once: normalising a 10,000-article corpus then costs a table lookup per character
 * instead of a string allocation and a toLowerCase call.
 */
const TABLE_SIZE = 0x3000
const FOLD_TABLE: readonly string[] = Array.from({ length: TABLE_SIZE }, (_, cp) => computeFold(cp))

const foldCodePoint = (cp: number): string => (cp < TABLE_SIZE ? (FOLD_TABLE[cp] as string) : computeFold(cp))

/** Normalise for matching and search, keeping the offset map back to `raw`. */
export function normalizeForMatching(raw: string): NormalizedText {
  const out: string[] = []
  // Normalised text is never longer than raw except for rare case folds (İ → i̇): grow for those.
  let toRaw: Uint32Array<ArrayBuffer> = new Uint32Array(raw.length + 1)
  let toRawEnd: Uint32Array<ArrayBuffer> = new Uint32Array(raw.length + 1)
  let n = 0
  for (let i = 0; i < raw.length;) {
    const cp = raw.codePointAt(i) as number
    const width = cp > 0xffff ? 2 : 1
    const folded = foldCodePoint(cp)
    if (folded.length > 0) {
      if (n + folded.length >= toRaw.length) {
        toRaw = grow(toRaw)
        toRawEnd = grow(toRawEnd)
      }
      for (let k = 0; k < folded.length; k++) {
        toRaw[n] = i
        toRawEnd[n++] = i + width
      }
      out.push(folded)
    } else if (n > 0 && (isTashkeel(cp) || cp === TATWEEL) && toRawEnd[n - 1] === i) {
      // A mark right after a kept letter belongs to it: extend every unit of that letter.
      for (let k = n - 1; k >= 0 && toRaw[k] === toRaw[n - 1]; k--) toRawEnd[k] = i + width
    }
    i += width
  }
  toRaw[n] = raw.length
  return { text: out.join(''), toRaw: toRaw.subarray(0, n + 1), toRawEnd: toRawEnd.subarray(0, n) }
}

function grow(array: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> {
  const grown = new Uint32Array(array.length * 2)
  grown.set(array)
  return grown
}

/** Maps a normalised range back to the raw range that displays it. */
export function toRawRange(norm: NormalizedText, start: NormOffset, end: NormOffset): RawRange {
  const rawStart = norm.toRaw[start] as number
  return { start: rawOffset(rawStart), end: rawOffset(end > start ? (norm.toRawEnd[end - 1] as number) : rawStart) }
}

/**
 * Maps a raw offset to the normalised offset of the first kept character at or after it
 * (binary search over the monotone map).
 */
export function toNormOffset(norm: NormalizedText, raw: RawOffset): NormOffset {
  let lo = 0
  let hi = norm.text.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((norm.toRaw[mid] as number) < raw) lo = mid + 1
    else hi = mid
  }
  return normOffset(lo)
}

/** Normalised form of a string without the offset map: for keys, aliases, queries and line checks. */
export function normalizeKey(s: string): string {
  let out = ''
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i) as number
    out += foldCodePoint(cp)
    i += cp > 0xffff ? 2 : 1
  }
  return out
}
