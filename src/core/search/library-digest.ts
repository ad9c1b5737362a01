/**
 * A fingerprint of a set of (id, version) pairs — the articles of a library, the articles of an
 * index — that is kept up to date one pair at a time: each pair adds two 32-bit hashes to two
 * sums, so adding and removing in any order leaves the same fingerprint. Two sets with the same
 * fingerprint are taken as the same (a chance collision is ~1 in 2^64 per comparison): the search
 * index compares fingerprints at start and reads its whole list only when they differ.
 */
export interface Digest {
  count: number
  a: number
  b: number
}

export const EMPTY_DIGEST: Digest = { count: 0, a: 0, b: 0 }

/** FNV-1a over UTF-16 code units. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/** A multiply-and-shift hash independent of FNV's (MurmurHash2's constant). */
function murmurish(text: string): number {
  let h = 0x9747b28c ^ text.length
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 0x5bd1e995)
    h ^= h >>> 15
  }
  return h >>> 0
}

/** The digest with one pair added (`sign` 1) or taken away (`sign` -1). */
export function withPair(digest: Digest, id: string, version: string, sign: 1 | -1): Digest {
  const key = `${id}\u0000${version}`
  return {
    count: digest.count + sign,
    a: (digest.a + sign * fnv1a(key)) >>> 0,
    b: (digest.b + sign * murmurish(key)) >>> 0,
  }
}

export function digestOf(pairs: Iterable<readonly [string, string]>): Digest {
  let digest = EMPTY_DIGEST
  for (const [id, version] of pairs) digest = withPair(digest, id, version, 1)
  return digest
}

/** A digest as one string, to compare and to keep. */
export const digestKey = (digest: Digest): string => `${digest.count}.${digest.a}.${digest.b}`
