import { normalizeKey } from '../../text/normalize'
import { stripClitics } from '../clitics'
import { isGivenName } from '../given-names'
import { overlapsAny, type Span } from '../readable-segments'
import { isDefinite, type Word } from '../words'
import { cueBefore } from './context-cues'
import { GAZETTEER, isAmbiguousPlace } from './gazetteer'
import type { NameRun } from './name-runs'
import { isRegnalOrdinal } from './name-tails'
import type { Sighting } from './types'
import { afterLetters, type WordFacts } from './word-facts'

type Facts = readonly (WordFacts | null)[]

const isNationality = (f: WordFacts | null | undefined): boolean => !!f?.nationality

/** A name word: Arabic, bare of the article, no function word, title or clause-opening proclitic, not known. */
function nameWord(words: readonly Word[], facts: Facts, i: number, known: readonly Span[]): boolean {
  const w = words[i]
  const f = facts[i]
  if (w?.kind !== 'ar' || !f || f.stop || f.title || f.month || f.prefixed || isDefinite(w) || isNationality(f)) return false
  // A known word behind و/ف/ب opens the next clause or phrase ("وخطف", "بحزم"); an unknown, given or
  // short one may be a name ("ويندوارد", "فيس").
  if (/^[وفب]/.test(w.key) && w.key.length >= 4 && !f.unknown && !f.given) return false
  return !overlapsAny(w.start, w.end, known)
}

/** Punctuation, a line end, a function word, a title or a word behind و/ف (the next clause) ends a name. */
function endsName(words: readonly Word[], facts: Facts, i: number): boolean {
  const w = words[i]
  const f = facts[i]
  if (!w || w.kind === 'break' || w.kind === 'punct') return true
  if (w.kind !== 'ar' || !f) return false
  return f.stop || f.title || f.month || (f.prefixed && /^[وفبل]/.test(w.key))
}

/**
 * "الحارس السويدي روبين أولسن", "الحكم السلوفيني سكومينا", "الشركة الأمريكية أبل": a definite noun
 * and a nationality name who follows. A masculine adjective describes a person, a feminine one (in
 * ة) a company, paper or club. The name's first word is unknown to the dictionary or a given name.
 */
export function afterNationalityTitles(text: string, words: readonly Word[], facts: Facts, known: readonly Span[]): Sighting[] {
  const out: Sighting[] = []
  for (let i = 2; i < words.length; i++) {
    const adjective = words[i - 1] as Word
    const noun = words[i - 2] as Word
    const f = facts[i]
    if (!f || !(f.unknown || f.given) || !isNationality(facts[i - 1]) || !isDefinite(adjective)) continue
    if (noun.kind !== 'ar' || !isDefinite(noun) || facts[i - 2]?.stop || isNationality(facts[i - 2])) continue
    if (!nameWord(words, facts, i, known)) continue
    // Two words when the name visibly ends after them ("روبين أولسن وخطف"); else one unknown word
    // ("سكومينا ركلة جزاء"); a given name alone is no one's name yet.
    const two = nameWord(words, facts, i + 1, known) && endsName(words, facts, i + 2)
    if (!two && !f.unknown) continue
    const last = two ? i + 1 : i
    const feminine = adjective.bare.endsWith('ة')
    out.push({
      name: text.slice(words[i]!.start, words[last]!.end),
      start: words[i]!.start,
      end: words[last]!.end,
      signals: ['title-before'],
      type: feminine ? 'org' : 'person',
    })
  }
  return out
}

/** Honorifics that are always followed by a person's given name: "الشيخ صباح الأحمد الصباح", "الملك سلمان". */
const HONORIFICS = new Set(['الشيخ', 'الشيخة', 'الأمير', 'الأميرة', 'الملك', 'الملكة', 'السلطان'].map(normalizeKey))

/** Titles of address and profession before a full name: "الدكتور جريس منصور", "الشاعر امرؤ القيس". */
// prettier-ignore
const ADDRESS_TITLES = new Set([
  'الدكتور', 'الدكتورة', 'المهندس', 'المهندسة', 'الأستاذ', 'الأستاذة', 'السيد', 'السيدة', 'الشاعر', 'الشاعرة', 'الفنان', 'الفنانة', 'المخرج',
  'المخرجة', 'الكاتب', 'الكاتبة', 'الروائي', 'الروائية',
].map(normalizeKey))

/**
 * After an honorific, a bare word and up to two definite family words are a person even when the
 * dictionary knows each word ("صباح" is morning): the honorific says a name follows. After a title of
 * address or profession the name needs two words ("الدكتور جريس منصور"): one word there is as often
 * a verb of the sentence. Either way the name must end cleanly (punctuation, a function word, a
 * title, the next clause).
 */
export function afterHonorifics(text: string, words: readonly Word[], facts: Facts, known: readonly Span[]): Sighting[] {
  const out: Sighting[] = []
  for (let i = 1; i < words.length; i++) {
    const before = words[i - 1] as Word
    // Every honorific and title here is definite: most words are not looked at further.
    if (before.kind !== 'ar' || !before.key.includes('ال')) continue
    const forms = [before.key, ...stripClitics(before.key, 2)]
    const noble = forms.some((k) => HONORIFICS.has(k))
    if (!noble && !forms.some((k) => ADDRESS_TITLES.has(k)) && !endsTitleChain(words, facts, i - 1)) continue
    if (!nameWord(words, facts, i, known) || (words[i] as Word).bare.endsWith('ة')) continue
    // "الكاتب يرى", "السيد تكلم": a known word in the shape of a present-tense verb is not a given name.
    if (!noble && !facts[i]!.given && !facts[i]!.unknown && /^[يتنأ]/.test(words[i]!.bare)) continue
    let last = i
    if (!noble && nameWord(words, facts, i + 1, known) && !words[i + 1]!.bare.endsWith('ة')) last = i + 1
    while (last - i < 2 && familyWord(words, facts, last + 1, known) && !isRegnalOrdinal(words[last + 1])) last++
    if (!noble && last === i) continue
    // "الملك حمد الثاني ملك البلاد": a regnal ordinal ends the name too.
    if (!endsName(words, facts, last + 1) && !isRegnalOrdinal(words[last + 1])) continue
    out.push({
      name: text.slice(words[i]!.start, words[last]!.end),
      start: words[i]!.start,
      end: words[last]!.end,
      signals: ['title-before'],
      type: 'person',
    })
  }
  return out
}

/**
 * "ومديرة إدارة المنتجات …", "رئيس قسم الأبحاث …": an indefinite job title and the genitive chain of
 * what it heads (one or two words, the last definite) say a full name follows, as a title of address
 * does.
 */
function endsTitleChain(words: readonly Word[], facts: Facts, last: number): boolean {
  for (let head = last - 1; head >= last - 2 && head >= 0; head--) {
    const w = words[head]!
    if (!facts[head]?.title) continue
    // Only an indefinite title heads a chain; a definite one ("الملك") is followed by the name itself.
    if (/^(?:[وف])?ال/.test(w.key)) return false
    for (let k = head + 1; k <= last; k++) if (words[k]!.kind !== 'ar' || !facts[k] || facts[k]!.stop || facts[k]!.title) return false
    return true
  }
  return false
}

function familyWord(words: readonly Word[], facts: Facts, i: number, known: readonly Span[]): boolean {
  const w = words[i]
  const f = facts[i]
  if (w?.kind !== 'ar' || !f || !isDefinite(w) || !/^ال/.test(w.bare) || f.stop || f.title || f.month || isNationality(f)) return false
  return !w.bare.endsWith('ة') && !overlapsAny(w.start, w.end, known)
}

/** Geographic heads that are part of a place's name: "جزر الباهاما", "جزيرة سقطرى", "جبال الألب". */
const PLACE_HEADS = new Set(['جزر', 'جزيرة', 'جبل', 'جبال', 'بحيرة', 'نهر', 'صحراء'].map(normalizeKey))
const PLACE_HEAD_LIST = [...PLACE_HEADS]

/**
 * "جزر ويندوارد", "جزر الرأس الأخضر": a geographic head and the name after it, one or two words
 * unknown to the dictionary, or a gazetteer name (also one that is a common word elsewhere).
 */
export function placesAfterHeads(text: string, words: readonly Word[], facts: Facts, known: readonly Span[]): Sighting[] {
  const out: Sighting[] = []
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i] as Word
    if (w.kind !== 'ar' || !facts[i] || !PLACE_HEAD_LIST.some((h) => w.key.endsWith(h))) continue
    const clitic = [w.key, ...stripClitics(w.key, 3)].findIndex((k) => PLACE_HEADS.has(k))
    if (clitic < 0) continue
    const headStem = clitic === 0 ? w.key : (stripClitics(w.key, 3)[clitic - 1] as string)
    let last = -1
    for (let j = i + 1; j <= i + 3 && words[j]?.kind === 'ar' && facts[j]; j++) {
      const phrase = words
        .slice(i + 1, j + 1)
        .map((x) => x.key)
        .join(' ')
      if (GAZETTEER.has(phrase) || isAmbiguousPlace(phrase) || (facts[j]!.unknown && !isDefinite(words[j]!))) last = j
      else if (!isDefinite(words[j]!) || j === i + 3) break
    }
    if (last < 0 || words.slice(i + 1, last + 1).some((x) => overlapsAny(x.start, x.end, known))) continue
    const start = afterLetters(text, w.start, w.key.length - headStem.length)
    out.push({ name: text.slice(start, words[last]!.end), start, end: words[last]!.end, signals: ['gazetteer'], type: 'place' })
  }
  return out
}

/**
 * "لشركة فيس بوك", "بولاية نورث كارولاينا": after a kind word, a name may begin with a word the
 * dictionary knows ("فيس", "نورث") before its unknown one; the run starts there, not at "بوك".
 */
export function withWordBehindKindWord(words: readonly Word[], facts: Facts, known: readonly Span[], run: NameRun): NameRun {
  const lead = run.first - 1
  if (run.conjunction || run.last - run.first > 1 || !facts[run.first]?.unknown) return run
  if (!nameWord(words, facts, lead, known) || facts[lead]!.unknown || (words[lead] as Word).bare.endsWith('ة')) return run
  if (cueBefore(words, lead)?.signal !== 'kind-word') return run
  // "نظام تشغيل أندرويد", "أسهم فيسبوك": the word before is a complement when the name stands without it elsewhere.
  const [leadKey, nameKey] = [words[lead]!.key, words[run.first]!.key]
  const leads = (w: Word | undefined): boolean => !!w && [w.key, ...stripClitics(w.key, 3)].includes(leadKey)
  if (!words.every((w, i) => w.key !== nameKey || leads(words[i - 1]))) return run
  // "محرك بحث بينج": and the two words are a name only when they also stand together without the kind word.
  const together = words.some((w, i) => w.key === nameKey && leads(words[i - 1]) && cueBefore(words, i - 1)?.signal !== 'kind-word')
  return together ? { ...run, first: lead } : run
}

/**
 * "مارك زوكربرغ" where the registry knows only "زوكربرغ" of him: a given name right before a known
 * one-word mention is the whole name in a spelling the registry lacks (markSameNames then points it
 * at the entity, and accepting it adds the spelling as an alias).
 */
export function givenNamesBeforeKnown(text: string, words: readonly Word[], facts: Facts, known: readonly Span[]): Sighting[] {
  const out: Sighting[] = []
  const wordAt = new Map(words.map((w, i) => [w.start, i]))
  for (const k of known) {
    const i = wordAt.get(k.start)
    if (i === undefined || words[i]!.end !== k.end) continue
    const before = words[i - 1]
    const f = facts[i - 1]
    if (before?.kind !== 'ar' || !f?.given || overlapsAny(before.start, before.end, known)) continue
    // "لمارك زوكربرغ", "ومارك زوكربرغ": the proclitic stays out of the name.
    const clitic = f.clitic > 0 ? f.clitic : isGivenName(before.key) ? 0 : 1
    const start = afterLetters(text, before.start, clitic)
    out.push({ name: text.slice(start, k.end), start, end: k.end, signals: ['given-name'], type: 'person' })
  }
  return out
}

/**
 * "ويقول علي أبودشيش،": "علي" spelled with ي, right after a verb of saying and before a word the
 * dictionary does not know, is the given name, not the preposition على that normalises to the same key.
 */
export function withSpeakerGivenNames(words: readonly Word[], facts: Facts): (WordFacts | null)[] {
  return facts.map((f, i) =>
    f?.stop && words[i]!.bare === 'علي' && facts[i + 1]?.unknown && cueBefore(words, i)?.signal === 'speech-verb'
      ? { ...f, stop: false, given: true }
      : f,
  )
}
