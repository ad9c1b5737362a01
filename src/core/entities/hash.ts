/**
 * FNV-1a over UTF-16 code units. The mention scanner looks each text token up by this number, so it
 * never slices a substring per token (a 6 KB article has about 1,000 tokens; 10,000 articles would
 * allocate ten million strings). Collisions are harmless: every candidate is verified letter by letter.
 */
export const FNV_OFFSET = 0x811c9dc5

export function fnvStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193) >>> 0
}

/** Hash of `s[start, end)`, continuing from `seed` (so a virtual prefix can be hashed first). */
export function hashRange(s: string, start: number, end: number, seed = FNV_OFFSET): number {
  let h = seed
  for (let i = start; i < end; i++) h = fnvStep(h, s.charCodeAt(i))
  return h
}
