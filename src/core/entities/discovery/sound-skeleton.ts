import { normalizeKey } from '../../text/normalize'

/**
 * The consonants of a name as it sounds, the same for its Arabic and Latin spellings: "وانغ" and
 * "Wang" → "wnk", "ليكون", "لكون" and "LeCun" → "lkn", "ألكسندر" and "Alexandr" → "lksndr". Vowels are
 * dropped (Arabic writes few of them and transliterations disagree on the rest), and letters that
 * stand for one sound across the two scripts share a class: G is غ, ج or ق in Arabic; C is ك or س.
 */
export function soundSkeleton(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => (/[a-z]/i.test(word) ? latinSkeleton(word.toLowerCase()) : arabicSkeleton(normalizeKey(word))))
    .join(' ')
}

// prettier-ignore
const ARABIC: Record<string, string> = {
  ب: 'b', پ: 'b', ت: 't', ط: 't', ث: 's', س: 's', ص: 's', ج: 'k', چ: 'k', ح: 'h', ه: 'h', خ: 'h', د: 'd', ض: 'd', ذ: 'd', ر: 'r', ز: 'z',
  ظ: 'z', ش: 'S', غ: 'k', ق: 'k', ك: 'k', گ: 'k', ف: 'f', ڤ: 'f', ل: 'l', م: 'm', ن: 'n',
}

/** Consonant letters of a normalised Arabic word; و and ي count only at the start (elsewhere they are vowels). */
function arabicSkeleton(word: string): string {
  let out = ''
  for (let i = 0; i < word.length; i++) {
    const c = word[i] as string
    if ((c === 'و' || c === 'ي') && i === 0) out += c === 'و' ? 'w' : 'y'
    else out += ARABIC[c] ?? ''
  }
  return collapse(out)
}

const LATIN_DIGRAPHS: readonly [RegExp, string][] = [
  [/sch|sh|ch/g, 'S'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/kh|gh/g, 'h'],
  [/ck|qu/g, 'k'],
  [/x/g, 'ks'],
  [/c(?=[eiy])/g, 's'],
]

// prettier-ignore
const LATIN: Record<string, string> = {
  b: 'b', p: 'b', t: 't', d: 'd', s: 's', z: 'z', c: 'k', k: 'k', q: 'k', g: 'k', j: 'k', f: 'f', v: 'f', h: 'h', l: 'l', m: 'm', n: 'n', r: 'r',
  S: 'S', w: 'w',
}

function latinSkeleton(word: string): string {
  let s = word
  for (const [pattern, sound] of LATIN_DIGRAPHS) s = s.replace(pattern, sound)
  let out = ''
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string
    if (c === 'y' && i === 0) out += 'y'
    else if (c === 'w' && i > 0)
      continue // "Wang" keeps its W; "Brown" does not
    else out += LATIN[c] ?? ''
  }
  return collapse(out)
}

/** Doubled consonants are one: "Zuckerberg" and "زوكربيرغ" both have one k. */
const collapse = (s: string): string => s.replace(/(.)\1+/g, '$1')

/**
 * True when two names are probably one spelled two ways: the same number of words, and skeletons
 * equal, or within one letter when both are long enough for one letter not to make another name.
 */
export function soundsSame(a: string, b: string): boolean {
  const x = soundSkeleton(a).split(' ')
  const y = soundSkeleton(b).split(' ')
  // Two consonants are too few to say two Arabic spellings are one name, but "آبل" beside "Apple" is.
  const acrossScripts = /[a-z]/i.test(a) !== /[a-z]/i.test(b)
  if (x.length !== y.length || x.join('').length < (acrossScripts ? 2 : 3)) return false
  return x.every((w, i) => {
    const v = y[i] as string
    return w === v || (Math.min(w.length, v.length) >= 4 && withinOneEdit(w, v))
  })
}

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1)
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
}
