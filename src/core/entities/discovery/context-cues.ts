import { normalizeKey } from '../../text/normalize'
import { stripClitics } from '../clitics'
import { TITLE_WORDS } from '../titles'
import type { EntityType } from '../types'
import { isDefinite, type Word } from '../words'
import { ORG_CUES, SOURCE_WORDS, SPEECH_VERBS } from './cue-words'
import type { Signal } from './types'

/** Titles of people that are not job titles of tech news (titles.ts has those). */
// prettier-ignore
const PERSON_TITLES = new Set([
  'السيناتور', 'النائب', 'النائبة', 'الملك', 'الملكة', 'الأمير', 'الأميرة', 'الشيخ', 'الشيخة', 'اللاعب', 'اللاعبة', 'المدرب', 'الممثل', 'الممثلة',
  'الفنان', 'الفنانة', 'الشاعر', 'الشاعرة', 'المخرج', 'المخرجة', 'الملياردير', 'المفوض', 'المفوضة', 'النجم', 'النجمة', 'الحارس', 'المدافع',
  'المهاجم', 'المستشار', 'المستشارة', 'السفير', 'السفيرة', 'الأستاذ', 'الأستاذة', 'الإعلامي', 'الإعلامية', 'المتحدث', 'المتحدثة', 'الناطق',
  'الزعيم', 'المرشح', 'المرشحة', 'الجنرال', 'العقيد', 'اللواء', 'الفريق', 'القاضي', 'القاضية', 'المحامي', 'المحامية', 'الروائي', 'المؤرخ',
  'الطبيب', 'الطبيبة', 'السيد', 'السيدة', 'الرئيس', 'المدير', 'المديرة',
].map(normalizeKey))

/**
 * A definite title right before or after a person's name. Indefinite ones ("رئيس", "مدير") are
 * followed by what they head ("رئيس فيسبوك"), not by a person, so they do not count here.
 */
export const isPersonTitle = (key: string): boolean => key.startsWith('ال') && (PERSON_TITLES.has(key) || TITLE_WORDS.has(key))

/** The word's normalised forms with and without a proclitic: "وقال" → قال, "لشركة" → شركة. */
export const formsOf = (w: Word): string[] => [w.key, ...stripClitics(w.key, 2)]

const OPENING_QUOTES = '“«"\'‘'

/** What the word right before a name says about it. */
export function cueBefore(words: readonly Word[], first: number): { signal: Signal; type: EntityType; feminine?: true } | null {
  // An opening quote between the cue and the name: 'تطبيق “واتساب”'.
  const quoted = words[first - 1]?.kind === 'punct' && OPENING_QUOTES.includes(words[first - 1]!.key)
  const w = words[quoted ? first - 2 : first - 1]
  if (w?.kind !== 'ar') return null
  const forms = formsOf(w)
  // "قال زوكربيرغ" is a person; "قالت فيسبوك" as often a company (its verbs are feminine): one word after a feminine verb is left untyped.
  const verb = forms.find((f) => SPEECH_VERBS.has(f))
  if (verb) return { signal: 'speech-verb', type: 'person', ...(verb.endsWith('ت') ? { feminine: true } : {}) }
  // Only a bare kind word says what follows is a name: "شركة إنتل", but "الشركة" is any company.
  for (const f of isDefinite(w) ? [] : forms) {
    const type = ORG_CUES.get(f)
    if (type) return { signal: 'kind-word', type }
  }
  if (forms.some((f) => SOURCE_WORDS.has(f) && f !== 'عن')) return { signal: 'kind-word', type: 'org' }
  if (forms.some(isPersonTitle)) return { signal: 'title-before', type: 'person' }
  return null
}

/** "تيم كوك، الرئيس التنفيذي" / "تيم كوك الرئيس التنفيذي": a title right after the name. */
export function titleAfter(words: readonly Word[], last: number): boolean {
  let p = last + 1
  if (words[p]?.kind === 'punct' && (words[p]?.key === '،' || words[p]?.key === ',')) p++
  const w = words[p]
  return w?.kind === 'ar' && isPersonTitle(w.key)
}

/** A Latin form right after the name, bare or in brackets: "فيسبوك لايف Facebook Live", "(Scale AI)". */
export function glossAfter(text: string, words: readonly Word[], last: number): string | undefined {
  let p = last + 1
  const open = words[p]?.kind === 'punct' && words[p]?.key === '('
  if (open) p++
  if (words[p]?.kind !== 'lat') return undefined
  const start = (words[p] as Word).start
  let end = (words[p] as Word).end
  for (p++; words[p]?.kind === 'lat' || words[p]?.kind === 'num'; p++) end = (words[p] as Word).end
  if (open && !(words[p]?.kind === 'punct' && words[p]?.key === ')')) return undefined
  return text.slice(start, end)
}
