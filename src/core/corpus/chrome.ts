import { normalizeKey } from '../text/normalize'
import type { ChromeRole } from './types'

/**
 * Site furniture that scrapers leave in article text. Matched on whole lines after normalisation
 * (so اترك تعليقاً and اترك تعليقا are one phrase) with punctuation and asterisks removed.
 * Whole-line matching keeps the list safe: a sentence that merely contains "المصدر" is not chrome.
 */
const PHRASES: ReadonlyArray<readonly [ChromeRole, string]> = [
  ['comment-prompt', 'اترك تعليقاً'],
  ['comment-prompt', 'اترك رداً'],
  ['comment-prompt', 'أضف تعليقاً'],
  ['comment-prompt', 'التعليقات'],
  ['comment-prompt', 'leave a comment'],
  ['comment-prompt', 'leave a reply'],
  ['back-to-top', 'زر الذهاب إلى الأعلى'],
  ['back-to-top', 'العودة إلى الأعلى'],
  ['back-to-top', 'back to top'],
  ['source-link', 'اذهب للمصدر'],
  ['source-link', 'الذهاب إلى المصدر'],
  ['source-link', 'رابط المصدر'],
  ['share', 'شارك'],
  ['share', 'شارك المقال'],
  ['share', 'مشاركة'],
  ['share', 'share'],
]

/** Lines that begin with one of these are chrome whatever follows (the rest is boilerplate). */
const PREFIXES: ReadonlyArray<readonly [ChromeRole, string]> = [
  ['comment-notice', 'لن يتم نشر عنوان بريدك الإلكتروني'],
  ['comment-notice', 'your email address will not be published'],
]

const key = (s: string): string =>
  normalizeKey(s)
    .replace(/[*.:،؛!?؟"“”«»()\-–—_|/\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()

const PHRASE_KEYS = new Map(PHRASES.map(([role, phrase]) => [key(phrase), role]))
const PREFIX_KEYS = PREFIXES.map(([role, phrase]) => [role, key(phrase)] as const)

/**
 * Chrome phrases are short: a longer line is only checked for the boilerplate prefixes, on its
 * first characters. Most lines are paragraphs of hundreds of characters, and normalising each
 * whole would dominate the corpus load.
 */
const LONGEST_PHRASE = Math.max(...PHRASES.map(([, phrase]) => phrase.length)) * 2
const PREFIX_WINDOW = Math.max(...PREFIXES.map(([, phrase]) => phrase.length)) * 2
const PREFIX_INITIALS = new Set(PREFIX_KEYS.map(([, prefix]) => prefix[0]))

/** The chrome role of a whole line, or null when the line is content. */
export function chromeRoleOf(line: string): ChromeRole | null {
  if (line.length <= LONGEST_PHRASE) {
    const role = PHRASE_KEYS.get(key(line))
    if (role) return role
  }
  // Only a line that starts like a boilerplate prefix is worth normalising.
  if (!PREFIX_INITIALS.has(normalizeKey(line.trimStart().slice(0, 1)))) return null
  const head = key(line.slice(0, PREFIX_WINDOW))
  for (const [prefixRole, prefix] of PREFIX_KEYS) if (head.startsWith(prefix)) return prefixRole
  return null
}

/**
 * Relative timestamps as sites print them, optionally followed by a comment count:
 * "8 hours ago 4", "منذ 3 ساعات", "منذ يومين".
 */
const RELATIVE_TIME = [
  /^(\d+|an?|one)\s+(second|minute|hour|day|week|month|year)s?\s+ago(?:\s+\d+)?$/i,
  /^منذ\s+(?:[\d٠-٩]+\s+)?(?:ثانية|ثوان|ثواني|دقيقة|دقيقتين|دقائق|ساعة|ساعتين|ساعات|يوم|يومين|أيام|اسبوع|أسبوع|أسبوعين|أسابيع|شهر|شهرين|أشهر|سنة|سنتين|سنوات)(?:\s+[\d٠-٩]+)?$/,
]

/** Returns the timestamp part ("8 hours ago") when the line is a relative timestamp. */
export function relativeTimeOf(line: string): string | null {
  if (line.length > 40) return null
  const trimmed = line.trim()
  for (const pattern of RELATIVE_TIME) {
    if (pattern.test(trimmed)) return trimmed.replace(/\s+[\d٠-٩]+$/, '').trim()
  }
  return null
}

/** Section names news sites put above the title. */
const CATEGORY_WORDS = new Set(
  [
    'تكنولوجيا', 'تقنية', 'التقنية', 'علوم وتكنولوجيا', 'اقتصاد', 'الاقتصاد', 'أعمال', 'سياسة', 'السياسة',
    'رياضة', 'الرياضة', 'ثقافة', 'ثقافة وفن', 'فن', 'فنون', 'صحة', 'الصحة', 'علوم', 'منوعات', 'محليات',
    'عربي ودولي', 'دولي', 'عالمي', 'العالم', 'أخبار', 'آراء', 'مقالات', 'سيارات', 'ألعاب',
    'technology', 'tech', 'business', 'economy', 'politics', 'sports', 'science', 'culture', 'world', 'news',
  ].map(key),
)

export function isCategoryLine(line: string): boolean {
  return CATEGORY_WORDS.has(key(line))
}
