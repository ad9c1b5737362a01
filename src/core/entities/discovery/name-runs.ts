import { overlapsAny, type Span } from '../readable-segments'
import type { Word } from '../words'
import type { Signal } from './types'
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
  let i = 0
  while (i < words.length) {
    if (!usable(i)) {
      i++
      continue
    }
    const f = facts[i] as WordFacts
    const startsWithGiven = f.given && nameish(i + 1) && !facts[i + 1]!.letter
    if (!f.unknown && !letterAt(i) && !startsWithGiven) {
      i++
      continue
    }
    const signals: Signal[] = startsWithGiven ? ['given-name'] : []
    let last = i
    for (let j = i + 1; ; j++) {
      if (nameish(j) && !isConjunction(words[j] as Word, facts[j] as WordFacts)) last = j
      else if (usable(j) && facts[j]!.particle && nameish(j + 1)) continue
      else break
    }
    const letters = countLetters(facts, i, last)
    const unknowns = countUnknown(facts, i, last)
    if (unknowns > 0 || (letters >= 2 && !allStop(facts, i, last))) {
      if (unknowns > 0) signals.push('unknown-word')
      if (letters >= 2) signals.push('acronym')
      const conjunction = afterConjunction(words, facts, i, runs)
      if (conjunction) {
        signals.push('coordination')
        runs[runs.length - 1]?.signals.push('coordination')
      }
      runs.push({ first: i, last, signals, conjunction })
    }
    i = last + 1
  }
  return runs
}

/** "وكوالكوم" after a name: و is the conjunction when the rest is attested or long and not a W sound. */
function isConjunction(w: Word, f: WordFacts): boolean {
  if (!w.key.startsWith('و') || w.key.length < 4) return false
  if (f.clitic > 0) return true
  // On the raw letters: "وإنفيديا" (hamza) is و + a name, "وانغ" a W sound.
  const rest = w.bare.slice(1)
  return rest.length >= 4 && !/^[اوي]/.test(rest)
}

/** True when word `i` is "وX" right after the previous run (nothing but a space between). */
function afterConjunction(words: readonly Word[], facts: readonly (WordFacts | null)[], i: number, runs: readonly NameRun[]): boolean {
  const previous = runs[runs.length - 1]
  const w = words[i] as Word
  return !!previous && previous.last === i - 1 && w.key.startsWith('و') && isConjunction(w, facts[i] as WordFacts)
}

const countLetters = (facts: readonly (WordFacts | null)[], a: number, b: number): number => facts.slice(a, b + 1).filter((f) => f?.letter).length
const countUnknown = (facts: readonly (WordFacts | null)[], a: number, b: number): number => facts.slice(a, b + 1).filter((f) => f?.unknown).length
const allStop = (facts: readonly (WordFacts | null)[], a: number, b: number): boolean => facts.slice(a, b + 1).every((f) => !f || f.stop || !f.letter)
