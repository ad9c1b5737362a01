/**
 * Double-encoded Arabic: UTF-8 bytes read as Windows-1256 and saved again as UTF-8 ("ط²ظˆظƒط±ط¨ط±ط؛"
 * for "زوكربرغ"). The file is valid UTF-8, so nothing fails; the tell is that every Arabic letter
 * became ط or ظ (the Windows-1256 letters at 0xD8/0xD9, the lead bytes of U+0600–U+06FF) followed
 * by a symbol. Real Arabic uses ط and ظ for about 1–2 % of its letters. The repair is exact: map
 * each character back to its Windows-1256 byte and decode those bytes as UTF-8; if any step fails,
 * the text is left as it was.
 */
const isArabicBase = (c: number): boolean => c >= 0x0621 && c <= 0x064a
const TAH = 0x0637
const ZAH = 0x0638

/** Share of ط and ظ among Arabic letters above which text is taken for mojibake (real text: ~2 %). */
const MOJIBAKE_SHARE = 0.3
const MIN_LETTERS = 20

export function looksLikeMojibake(text: string): boolean {
  let arabic = 0
  let tahZah = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (!isArabicBase(c)) continue
    arabic++
    if (c === TAH || c === ZAH) tahZah++
  }
  return arabic >= MIN_LETTERS && tahZah / arabic > MOJIBAKE_SHARE
}

let toCp1256: Map<number, number> | null = null

/** Windows-1256 as a character → byte table (the decoder is the only source of truth we have). */
function cp1256Bytes(): Map<number, number> {
  if (toCp1256) return toCp1256
  const all = new Uint8Array(256).map((_, i) => i)
  const chars = new TextDecoder('windows-1256').decode(all)
  toCp1256 = new Map()
  for (let i = 0; i < chars.length; i++) toCp1256.set(chars.charCodeAt(i), i)
  return toCp1256
}

/** The text before it was double-encoded, or null when `text` is not such mojibake. */
export function repairMojibake(text: string): string | null {
  if (!looksLikeMojibake(text)) return null
  const table = cp1256Bytes()
  const bytes = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) {
    const b = table.get(text.charCodeAt(i))
    if (b === undefined) return null
    bytes[i] = b
  }
  try {
    const repaired = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return looksLikeMojibake(repaired) ? null : repaired
  } catch {
    return null
  }
}
