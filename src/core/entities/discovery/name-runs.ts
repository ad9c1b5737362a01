import { overlapsAny, type Span } from '../readable-segments'
import { isDefinite, type Word } from '../words'
import type { Signal } from './types'
import { normalizeKey } from '../../text/normalize'
import { isGivenName } from '../given-names'
import type { WordFacts } from './word-facts'

/** A run of adjacent name-like Arabic words: indexes into the article's words, first to last. */
export interface NameRun {
  first: number
  last: number
  signals: Signal[]
  /** The first word begins with the conjunction و, which is not part of the name. */
  conjunction: boolean
}

/**
 * Runs of words the dictionary does not know ("ديميس هسابيس", "سامسونغ"), with a given name before
 * them joined in ("مارك زوكربيرغ") and particles kept inside ("فان دير"), and runs of spelled letters
 * ("بي بي سي"). A word that begins with و starts a new run when it is a conjunction — when the rest
 * stands alone elsewhere, or is long and does not begin like a transliterated W ("وانغ", "ويليام",
 * "وول"): "إنتل وكوالكوم" is two names, "ألكسندر وانغ" one. The member after the conjunction carries
 * the 'coordination' signal; so does the one before it.
 */
export function nameRuns(words: readonly Word[], facts: readonly (WordFacts | null)[], known: readonly Span[]): NameRun[] {
  const runs: NameRun[] = []
  const usable = (i: number): boolean => {
    const w = words[i]
    return w?.kind === 'ar' && !!facts[i] && !overlapsAny(w.start, w.end, known)
  }
  // A letter name that is also a function word ("في", "إن") counts only after another letter: "سي إن إن".
  const letterAt = (i: number): boolean => usable(i) && facts[i]!.letter && (!facts[i]!.stop || (facts[i - 1]?.letter ?? false))
  const nameish = (i: number): boolean => usable(i) && (facts[i]!.unknown || letterAt(i))
  // A place joins a name it stands beside ("واشنطن بوست", "بايرن ميونيخ") but makes none alone.
  const joins = (i: number): boolean => nameish(i) || (usable(i) && facts[i]!.place && facts[i - 1]!.unknown)
  let i = 0
  while (i < words.length) {
    if (!usable(i)) {
      i++
      continue
    }
    const f = facts[i] as WordFacts
    const startsWithGiven = f.given && ((nameish(i + 1) && !facts[i + 1]!.letter) || closedSurname(words, facts, i + 1, known))
    const placeBeforeName =
      f.place && nameish(i + 1) && !facts[i + 1]!.letter && !isConjunction(words[i + 1] as Word, facts[i + 1] as WordFacts)
    if (!f.unknown && !letterAt(i) && !startsWithGiven && !placeBeforeName) {
      i++
      continue
    }
    const signals: Signal[] = startsWithGiven ? ['given-name'] : []
    let last = i
    for (let j = i + 1; ; j++) {
      // "البرلمان فيليب لامبرتس": a definite word is a name's first word only before another definite one.
      if (j === i + 1 && isDefinite(words[i]!) && !(words[j] && isDefinite(words[j]!))) break
      if (joins(j) && !isConjunction(words[j] as Word, facts[j] as WordFacts)) last = j
      else if (usable(j) && facts[j]!.particle && nameish(j + 1)) continue
      else if (j === i + 1 && startsWithGiven) last = j
      else break
    }
    // "بي بي سي في": a function word that spells a letter does not end an acronym, unless doubled ("سي إن إن").
    while (last > i && facts[last]!.letter && facts[last]!.stop && words[last - 1]?.key !== words[last]?.key) last--
    // "تشيلي ارتورو فيدال": a place heads a two-word name at most, and never a person's
    // ("بايرن ميونيخ" is the other way round).
    if (placeBeforeName && (last > i + 1 || facts[i + 1]!.given)) {
      i++
      continue
    }
    // "…، وهونغيو رين، …": in a list, one unknown word and a closing word after it are one name.
    const inList = afterConjunction(words, facts, i) || (words[i - 1]?.kind === 'punct' && '،,'.includes(words[i - 1]!.key))
    // So are an unknown word and a short one closed by a title: "بيي صن الباحث الرئيسي".
    const titled = facts[i + 2]?.title ?? false
    if (last === i && f.unknown && (inList || titled) && !isDefinite(words[i]!) && closedSurname(words, facts, i + 1, known)) last = i + 1
    // "ويندوز 10", "أوفيس 365": a number right after a name is part of it.
    if (words[last + 1]?.kind === 'num' && facts[last]!.unknown && !numberNotInName(words, facts, last + 1)) last++
    // "، وكوراي كافوكشغلو، المهندس": in a list, a word before one unknown word is its given name.
    if (last === i && f.unknown && listGivenName(words, facts, i - 1, known) && closes(words, facts, i + 1)) {
      i--
      signals.push('coordination')
    }
    const letters = countLetters(facts, i, last)
    const unknowns = countUnknown(facts, i, last)
    if (unknowns > 0 || (startsWithGiven && last > i) || (letters >= 2 && !allStop(facts, i, last))) {
      if (unknowns > 0) signals.push('unknown-word')
      if (letters >= 2) signals.push('acronym')
      const conjunction = afterConjunction(words, facts, i)
      const previous = runs[runs.length - 1]
      if (conjunction && previous && previous.last >= i - 2) {
        signals.push('coordination')
        previous.signals.push('coordination')
      }
      runs.push({ first: i, last, signals, conjunction })
    }
    i = last + 1
  }
  return runs
}

/**
 * "ويندوز 10،", "أوفيس 365 و…": a number closed by punctuation or a function word is part of the name
 * before it; "بيتشاي 7 مبادئ" (a count of what follows), a date or an amount ("7.5 مليون") is not.
 */
function numberNotInName(words: readonly Word[], facts: readonly (WordFacts | null)[], n: number): boolean {
  // "ويندوز 8.1": a version number is read whole, then judged by what follows it (name-tails.ts adds ".1").
  if (
    words[n + 1]?.key === '.' &&
    words[n + 1]!.start === words[n]!.end &&
    words[n + 2]?.kind === 'num' &&
    words[n + 2]!.start === words[n + 1]!.end
  )
    n += 2
  const next = words[n + 1]
  if (!next || next.kind === 'break' || next.kind === 'lat') return false
  if (next.kind === 'punct') return /[.,٫/]/.test(next.key) && words[n + 2]?.kind === 'num'
  return !(facts[n + 1]?.stop ?? false)
}

/**
 * "كريستوفر وايلي،": after a given name, one more word closed by punctuation or a line end is the
 * surname even when the dictionary knows it (وايلي, كوك).
 */
function closedSurname(words: readonly Word[], facts: readonly (WordFacts | null)[], i: number, known: readonly Span[]): boolean {
  const w = words[i]
  const f = facts[i]
  if (w?.kind !== 'ar' || !f || f.stop || f.title || f.place || f.month || overlapsAny(w.start, w.end, known)) return false
  // "جيمالي فتقدم": a verb behind و/ف is the next clause; a surname may well begin with ب ("بوبار").
  if (f.prefixed && /^[وفلك]/.test(w.key)) return false
  // Arab family names are often definite ("خالد الصقر"), but not after a given name that is also a
  // word ("تحت عمر الثلاثين": under the age of thirty); a nationality is not one either.
  if (isDefinite(w) && AMBIGUOUS_GIVEN.has(words[i - 1]?.key ?? '')) return false
  if (w.bare.endsWith('ة') || isConjunction(w, f) || f.nationality) return false
  const next = words[i + 1]
  // "جاك راي من Google DeepMind": where a person works closes the name too.
  const ofOrganisation = next?.kind === 'ar' && ['من', 'في', 'لدي'].includes(next.key) && words[i + 2]?.kind === 'lat'
  return (
    !next ||
    next.kind === 'break' ||
    (next.kind === 'punct' && '،,.:؛)'.includes(next.key)) ||
    (facts[i + 1]?.title ?? false) ||
    ofOrganisation ||
    // "تركي اليوسف ونايف خلف": the next person of a list.
    (next.kind === 'ar' && (facts[i + 1]?.given ?? false) && next.key.startsWith('و'))
  )
}

/** Given names that are also common words: age, generous, beauty, happy, just, good… */
const AMBIGUOUS_GIVEN = new Set(
  [
    'عمر',
    'كريم',
    'سامي',
    'جمال',
    'كمال',
    'سعيد',
    'نبيل',
    'عادل',
    'صالح',
    'رشيد',
    'منصور',
    'مبارك',
    'حسن',
    'ماجد',
    'فؤاد',
    'أمين',
    'هاني',
    'سالم',
    'ناصر',
    'راشد',
    'عماد',
  ].map(normalizeKey),
)

/** Words that open a list of people: "مثل نوام براون", "بينهم …". */
const LIST_OPENERS = new Set(['مثل', 'منهم', 'بينهم', 'ومنهم'])

function listGivenName(words: readonly Word[], facts: readonly (WordFacts | null)[], i: number, known: readonly Span[]): boolean {
  const w = words[i]
  const f = facts[i]
  if (w?.kind !== 'ar' || !f || f.stop || f.title || f.place || f.month || f.unknown || overlapsAny(w.start, w.end, known)) return false
  if (isDefinite(w) || w.bare.endsWith('ة')) return false
  const before = words[i - 1]
  const afterComma = before?.kind === 'punct' && '،,'.includes(before.key)
  return (afterComma && isConjunction(w, f)) || (before?.kind === 'ar' && LIST_OPENERS.has(before.key))
}

/** A name ends here: punctuation, a line end or a title. */
function closes(words: readonly Word[], facts: readonly (WordFacts | null)[], i: number): boolean {
  const w = words[i]
  return !w || w.kind === 'break' || (w.kind === 'punct' && '،,.:؛)'.includes(w.key)) || (facts[i]?.title ?? false)
}

/** "وكوالكوم" after a name: و is the conjunction when the rest is attested or long and not a W sound. */
export function isConjunction(w: Word, f: WordFacts): boolean {
  if (!w.key.startsWith('و') || w.key.length < 4) return false
  if (f.clitic > 0) return true
  // On the raw letters: "وإنفيديا" (hamza) is و + a name, "وانغ" a W sound.
  const rest = w.bare.slice(1)
  if (isGivenName(normalizeKey(rest))) return true // "ويوهان"
  if (rest.startsWith('ال') && rest.length >= 5) return true // "والأوبزرفر" (but "والتر" is Walter)
  return rest.length >= 4 && !/^[اوي]/.test(rest)
}

/**
 * True when word `i` begins with the conjunction و ("وكوالكوم", "وإيباي"): a member of a list. A run
 * never begins with و that is part of a name unless it sounds like a W ("وانغ", "ويليام").
 */
function afterConjunction(words: readonly Word[], facts: readonly (WordFacts | null)[], i: number): boolean {
  const w = words[i] as Word
  return w.key.startsWith('و') && isConjunction(w, facts[i] as WordFacts)
}

const countLetters = (facts: readonly (WordFacts | null)[], a: number, b: number): number =>
  facts.slice(a, b + 1).filter((f) => f?.letter).length
const countUnknown = (facts: readonly (WordFacts | null)[], a: number, b: number): number =>
  facts.slice(a, b + 1).filter((f) => f?.unknown).length
const allStop = (facts: readonly (WordFacts | null)[], a: number, b: number): boolean =>
  facts.slice(a, b + 1).every((f) => !f || f.stop || !f.letter)
