import { normalizeKey } from '../text/normalize'

/**
 * Arabic proclitics a name can carry: a conjunction (و ف), then a preposition (ب ل ك), then the
 * article (ال), each optional, in that order. ل + ال is written لل (the alef drops), so
 * "للجزيرة" is ل + الجزيرة. "بـ" needs no entry: tatweel is gone after normalisation, so "بـميتا" is
 * the glued "بميتا". Future-tense س and the interrogative أ attach to verbs, never to names.
 */
// prettier-ignore
const CHAINS = ['و', 'ف', 'ب', 'ل', 'ك', 'ال', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك', 'وال', 'فال', 'بال', 'كال', 'لل', 'وبال', 'وكال', 'ولل', 'فبال', 'فكال', 'فلل']

export const MAX_CLITIC_LENGTH = 4

interface Node {
  terminal: boolean
  next: Map<number, Node>
}

const ROOT: Node = { terminal: false, next: new Map() }
for (const chain of CHAINS.map(normalizeKey)) {
  let node = ROOT
  for (let i = 0; i < chain.length; i++) {
    const code = chain.charCodeAt(i)
    let child = node.next.get(code)
    if (!child) {
      child = { terminal: false, next: new Map() }
      node.next.set(code, child)
    }
    node = child
  }
  node.terminal = true
}

const LAM = 0x0644

/** True when `code` can begin a clitic chain: the scanner tries stripping only for such tokens. */
export const startsClitic = (code: number): boolean => ROOT.next.has(code)

/**
 * Lengths k (1..4) for which `text[start, start + k)` is a whole clitic chain, as a bit mask
 * (bit k set), leaving at least `minStem` letters of the token `[start, end)`. A mask, not an array,
 * because it is asked for every other Arabic token.
 */
export function cliticMask(text: string, start: number, end: number, minStem: number): number {
  let mask = 0
  let node: Node | undefined = ROOT
  for (let k = 1; k <= MAX_CLITIC_LENGTH && end - (start + k) >= minStem; k++) {
    node = node.next.get(text.charCodeAt(start + k - 1))
    if (!node) break
    if (node.terminal) mask |= 1 << k
  }
  return mask
}

/** True when the chain `text[start, start + k)` ends in لل: the second lam is the article's. */
export const endsInLamLam = (text: string, start: number, k: number): boolean =>
  k >= 2 && text.charCodeAt(start + k - 1) === LAM && text.charCodeAt(start + k - 2) === LAM

/** Strips one clitic chain from a normalised word when what is left is still `minStem` long. */
export function stripClitics(word: string, minStem: number): string[] {
  const mask = cliticMask(word, 0, word.length, minStem)
  const stems: string[] = []
  for (let k = 1; k <= MAX_CLITIC_LENGTH; k++) if (mask & (1 << k)) stems.push(word.slice(k))
  return stems
}
