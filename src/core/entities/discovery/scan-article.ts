import { MentionIndex } from '../mention-index'
import { suggestLatinRuns } from '../latin-suggestions'
import { overlapsAny, type Span } from '../readable-segments'
import { suggestAfterTitles } from '../title-suggestions'
import { stripClitics } from '../clitics'
import { isGivenName } from '../given-names'
import { isDefinite, lexWords, type Word } from '../words'
import { ORG_CUES } from './cue-words'
import { cueBefore, formsOf, glossAfter, isPersonTitle, titleAfter } from './context-cues'
import {
  afterHonorifics,
  afterNationalityTitles,
  givenNamesBeforeKnown,
  placesAfterHeads,
  withSpeakerGivenNames,
  withWordBehindKindWord,
} from './cued-phrases'
import { datelines } from './datelines'
import { GAZETTEER } from './gazetteer'
import { institutionHead, institutions } from './institution-names'
import { listMembers } from './list-members'
import { nameRuns, type NameRun } from './name-runs'
import { namedStorms } from './named-storms'
import { withNameTails } from './name-tails'
import { quotedNames } from './quoted-names'
import type { DiscoveryText, Sighting } from './types'
import { afterLetters, wordFacts, type WordContext, type WordFacts } from './word-facts'

const gazetteerIndex = new MentionIndex(
  [...GAZETTEER].map(([key, { name, type }]) => ({
    id: key,
    type,
    nameAr: name,
    nameLatin: '',
    aliases: [],
    description: '',
    createdAt: '',
    updatedAt: '',
  })),
)

/** Every place in one article where a signal points at a name the registry does not have. */
export function sightingsIn(doc: DiscoveryText, ctx: WordContext): Sighting[] {
  const { text, known } = doc
  const skip = doc.skip ?? []
  const words = lexWords(text).filter((w) => !overlapsAny(w.start, w.end, skip))
  const facts = withSpeakerGivenNames(
    words,
    words.map((w) => (w.kind === 'ar' ? wordFacts(w, ctx) : null)),
  )
  const seen = withNameTails(text, words, [
    ...nameRuns(words, facts, known).map((run) => fromRun(text, words, facts, withWordBehindKindWord(words, facts, known, run))),
    ...speakersWithKnownWords(text, words, facts, known),
    ...afterTitles(text, words, facts, known),
    ...gazetteerIndex.find(text, { skip }).map((m): Sighting => {
      // The entry's own spelling: the span of "للسويد" is "لسويد" (the second lam is the article's).
      const entry = GAZETTEER.get(m.entityId)!
      return { name: entry.name, start: m.start, end: m.end, signals: ['gazetteer'], type: entry.type }
    }),
    ...shortPlacesBehindClitics(text, words, facts),
    ...patronymics(text, words, facts, known),
    ...institutions(text, words, facts, known),
    ...namedAfterKindWords(text, words, facts, known),
    ...latinNames(text, words),
    ...afterNationalityTitles(text, words, facts, known),
    ...afterHonorifics(text, words, facts, known),
    ...placesAfterHeads(text, words, facts, known),
    ...quotedNames(text, words, facts, known),
    ...givenNamesBeforeKnown(text, words, facts, known),
    ...datelines(text, words, facts),
    ...namedStorms(text, words, facts, known),
  ])
  return [...seen, ...listMembers(text, words, facts, known, seen)].filter(
    (s) => s.end > s.start && !overlapsAny(s.start, s.end, skip) && !insideAny(s, known),
  )
}

const insideAny = (s: Span, spans: readonly Span[]): boolean => spans.some((k) => k.start <= s.start && s.end <= k.end)

function fromRun(text: string, words: readonly Word[], facts: readonly (WordFacts | null)[], run: NameRun): Sighting {
  const firstWord = words[run.first] as Word
  const f = facts[run.first] as WordFacts
  const clitic = f.clitic > 0 ? f.clitic : run.conjunction ? 1 : 0
  let start = afterLetters(text, firstWord.start, clitic)
  let prefix = f.clitic > 0 ? f.restore : ''
  const end = (words[run.last] as Word).end
  const signals = [...run.signals]
  let type: Sighting['type'] = run.signals.includes('acronym') && !run.signals.includes('unknown-word') ? 'org' : undefined
  if (run.signals.includes('given-name')) type = 'person'
  const cue = cueBefore(words, run.first)
  const before = words[run.first - 1]
  // "جامعة ستانفورد" is one name; "البرلمان أنطونيو تاجاني" is an institution and then its president.
  const head = before && !run.conjunction && !isDefinite(before) && !run.signals.includes('given-name') ? institutionHead(before) : null
  if (before && head && !ORG_CUES.has(head.key)) {
    // "جامعة ستانفورد": the head is part of the name.
    start = afterLetters(text, before.start, head.clitic)
    prefix = head.restore
    signals.push('institution')
    type = 'org'
  } else if (cue) {
    signals.push(cue.signal)
    if (!(cue.feminine && run.last === run.first)) type = cue.type
  }
  if (titleAfter(words, run.last)) {
    signals.push('title-after')
    type = 'person'
  }
  const gloss = glossAfter(text, words, run.last)
  return { name: prefix + text.slice(start, end), start, end, signals, ...(type ? { type } : {}), ...(gloss ? { gloss } : {}) }
}

/**
 * Names after a title (title-suggestions.ts), kept when a word of them is unknown to the dictionary
 * or a given name and the first is not a word behind a proclitic: "بشأن مراحل المشروع" and
 * "لمشروع نيوم" after a title are phrases of the sentence, not people.
 */
function afterTitles(text: string, words: readonly Word[], facts: readonly (WordFacts | null)[], known: readonly Span[]): Sighting[] {
  const nameLike = (s: Span): boolean => {
    const first = words.findIndex((w) => w.end > s.start)
    if (facts[first]?.prefixed) return false
    return words.some((w, i) => w.start >= s.start && w.end <= s.end && (facts[i]?.unknown || facts[i]?.given))
  }
  return suggestAfterTitles(text, words, known)
    .filter(nameLike)
    .map((s) => ({ name: s.text, start: s.start, end: s.end, signals: ['title-before'], type: 'person' }))
}

/**
 * "وقال خالد الصقر، …": after a verb of saying, a given name and one or two more words that end at
 * punctuation or a title are a person even when the dictionary knows every word of the name.
 */
function speakersWithKnownWords(
  text: string,
  words: readonly Word[],
  facts: readonly (WordFacts | null)[],
  known: readonly Span[],
): Sighting[] {
  const out: Sighting[] = []
  for (let i = 1; i < words.length; i++) {
    const f = facts[i]
    if (!f?.given || cueBefore(words, i)?.signal !== 'speech-verb') continue
    let last = i
    while (last - i < 2 && nameWordAt(words, facts, last + 1, known)) last++
    const next = words[last + 1]
    const closed = !next || next.kind === 'break' || (next.kind === 'punct' && '،,.:؛'.includes(next.key)) || titleAfter(words, last)
    if (last === i || !closed) continue
    out.push({
      name: text.slice(words[i]!.start, words[last]!.end),
      start: words[i]!.start,
      end: words[last]!.end,
      signals: ['speech-verb', 'given-name'],
      type: 'person',
    })
  }
  return out
}

function nameWordAt(words: readonly Word[], facts: readonly (WordFacts | null)[], i: number, known: readonly Span[]): boolean {
  const w = words[i]
  const f = facts[i]
  if (w?.kind !== 'ar' || !f || f.stop || overlapsAny(w.start, w.end, known)) return false
  return !isPersonTitle(w.key) && !w.key.startsWith('و') && !w.bare.endsWith('ة')
}

/**
 * "شركة أوبر،", "صحيفة التلغراف البريطانية": after a feminine kind word (شركة، صحيفة، منصة…), one
 * word the dictionary knows is still a name when it closes the phrase — punctuation, a function word,
 * a nationality or Latin follows. An adjective would agree with the kind word and end in ة
 * ("شركة ناشئة"), so such words are left; masculine kind words ("موقع إلكتروني") are not read so.
 */
function namedAfterKindWords(
  text: string,
  words: readonly Word[],
  facts: readonly (WordFacts | null)[],
  known: readonly Span[],
): Sighting[] {
  const out: Sighting[] = []
  for (let i = 1; i < words.length; i++) {
    const w = words[i] as Word
    const f = facts[i]
    // 'شركة "كريم"': the name may stand in quotes, which then close it.
    const quoted = isQuote(words[i - 1]) && isQuote(words[i + 1])
    const kind = words[quoted ? i - 2 : i - 1]
    // A kind word names the kind of what follows only bare: "شركة أوبر", not "المجموعة بتدخل".
    if (!kind || isDefinite(kind)) continue
    if (!f || f.unknown || f.stop || f.title || f.month || overlapsAny(w.start, w.end, known) || kind?.kind !== 'ar') continue
    // Adjectives and plurals ("ناشئة", "محادثات"), pronoun endings ("خبراتها") and prefixed definites ("بالفعل") are not names.
    if (/(?:ة|ات|ها|هم)$/.test(w.bare) || /^[وفبلك]ال/.test(w.bare)) continue
    const next = words[i + 1]
    const nf = facts[i + 1]
    // A masculine kind word names what follows when a masculine nationality agrees with it: "نادي بولونيا الإيطالي".
    const agreeing = !!nf?.nationality && !next!.bare.endsWith('ة')
    const cue = formsOf(kind).find((k) => (k.endsWith('ه') || quoted || agreeing) && ORG_CUES.has(k))
    if (!cue || f.nationality) continue
    // A definite word ("الأخير") closes only with a nationality or Latin after it; a bare one also with
    // punctuation, or with a definite adjective that agrees with the kind word: in "خدمة أزور الجديدة"
    // the adjective is the service's, so the bare word between is its name.
    const closed =
      quoted ||
      next?.kind === 'lat' ||
      !!nf?.nationality ||
      (!isDefinite(w) &&
        (!next ||
          next.kind === 'break' ||
          (next.kind === 'punct' && '،,.:؛)"»”'.includes(next.key)) ||
          (isDefinite(next) && next.bare.endsWith('ة') && !nf?.stop)))
    if (!closed) continue
    const start = afterLetters(text, w.start, f.clitic)
    out.push({ name: f.restore + text.slice(start, w.end), start, end: w.end, signals: ['kind-word'], type: ORG_CUES.get(cue)! })
  }
  return out
}

/**
 * "لبيد بن ربيعة", "عنترة بن شداد", "زهير بن أبي سلمى", "محمد بن زايد آل نهيان": a word, بن or بنت,
 * and the father's name make a person's name whatever the dictionary says of the words.
 */
function patronymics(text: string, words: readonly Word[], facts: readonly (WordFacts | null)[], known: readonly Span[]): Sighting[] {
  const out: Sighting[] = []
  const nameWord = (i: number): boolean => {
    const w = words[i]
    const f = facts[i]
    return w?.kind === 'ar' && !!f && !f.stop && !f.title && !f.prefixed && !isDefinite(w) && !overlapsAny(w.start, w.end, known)
  }
  for (let i = 1; i + 1 < words.length; i++) {
    if (!['بن', 'بنت', 'ابن'].includes(words[i]!.key) || !nameWord(i - 1)) continue
    let last = i + 1
    if (['ابي', 'ابو'].includes(words[last]!.key) && words[last + 1]?.kind === 'ar') last++
    if (words[last]?.kind !== 'ar' || facts[last]?.stop) continue
    if (words[last + 1]?.key === 'ال' || (words[last + 1]?.key === 'آل' && words[last + 2]?.kind === 'ar')) last += 2
    const first = words[i - 1] as Word
    const clitic = first.key.startsWith('و') && isGivenName(first.key.slice(1)) ? 1 : (facts[i - 1] as WordFacts).clitic
    const start = afterLetters(text, first.start, clitic)
    out.push({ name: text.slice(start, words[last]!.end), start, end: words[last]!.end, signals: ['given-name'], type: 'person' })
  }
  return out
}

/**
 * "ودبي", "لقطر": the matcher leaves a three-letter stem behind a proclitic alone (so "وسام" is not
 * و + "سام"); a three-letter gazetteer place written so is still the place.
 */
function shortPlacesBehindClitics(text: string, words: readonly Word[], facts: readonly (WordFacts | null)[]): Sighting[] {
  const out: Sighting[] = []
  words.forEach((w, i) => {
    if (!facts[i] || facts[i]!.stop || facts[i]!.place) return
    for (const stem of stripClitics(w.key, 3)) {
      const entry = stem.length === 3 ? GAZETTEER.get(stem) : undefined
      if (!entry) continue
      const start = afterLetters(text, w.start, w.key.length - stem.length)
      out.push({ name: entry.name, start, end: w.end, signals: ['gazetteer'], type: entry.type })
      return
    }
  })
  return out
}

const isQuote = (w: Word | undefined): boolean => w?.kind === 'punct' && '"«»“”'.includes(w.key)

/** Capitalised Latin runs ("Google Play", "Scale AI"), and short acronyms after a word naming their kind ("قناة CNN"). */
function latinNames(text: string, words: readonly Word[]): Sighting[] {
  const out: Sighting[] = suggestLatinRuns(text, []).map((s) => ({
    name: s.text,
    start: s.start,
    end: s.end,
    signals: ['latin'],
    ...(s.type === 'other' ? {} : { type: s.type }),
  }))
  for (let i = 1; i < words.length; i++) {
    const w = words[i] as Word
    if (w.kind !== 'lat' || !/^[A-Z]{2,5}$/.test(w.key) || words[i + 1]?.kind === 'lat') continue
    const cue = cueBefore(words, i)
    if (cue?.signal === 'kind-word') out.push({ name: w.key, start: w.start, end: w.end, signals: ['latin', 'kind-word'], type: cue.type })
    // A dateline names its source: "دبي، الإمارات (CNN)-- كشفت".
    else if (words[i - 1]?.key === '(' && words[i + 1]?.key === ')' && /^[-–—]/.test(words[i + 2]?.key ?? ''))
      out.push({ name: w.key, start: w.start, end: w.end, signals: ['latin', 'acronym'], type: 'org' })
  }
  return out
}
