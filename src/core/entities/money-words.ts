import { normalizeKey } from '../text/normalize'

/** Scale words after a number, as powers of ten. Accusative forms keep the alef of their tanween ("مليارًا" → "مليارا"). */
export const SCALES: ReadonlyMap<string, number> = new Map(
  (
    [
      [['ألف', 'آلاف', 'ألفا', 'thousand', 'thousands', 'k'], 3],
      [['مليون', 'ملايين', 'مليونا', 'million', 'millions', 'm', 'mn', 'mln'], 6],
      [['مليار', 'مليارات', 'مليارا', 'بليون', 'بلايين', 'billion', 'billions', 'bn', 'b'], 9],
      [['تريليون', 'تريليونات', 'تريليونا', 'trillion', 'trillions', 'tn'], 12],
    ] as const
  ).flatMap(([words, power]) => words.map((w) => [normalizeKey(w), power] as const)),
)

/**
 * A scale word with no number before it is itself the amount: "مليار دولار" is one billion,
 * the dual "ملياري دولار" two. Plurals ("مليارات الدولارات") name no amount and are left alone.
 */
export const BARE_SCALES: ReadonlyMap<string, { power: number; count: number }> = new Map(
  (
    [
      ['ألف', 3, 1],
      ['ألفي', 3, 2],
      ['مليون', 6, 1],
      ['مليوني', 6, 2],
      ['مليار', 9, 1],
      ['ملياري', 9, 2],
      ['تريليون', 12, 1],
      ['تريليوني', 12, 2],
    ] as const
  ).map(([w, power, count]) => [normalizeKey(w), { power, count }] as const),
)

interface CurrencyWord {
  code: string
  /** An adjective after the word names the country ("دينار كويتي"); the code stands when none does. */
  adjectives?: ReadonlyMap<string, string>
}

const adjectives = (pairs: readonly (readonly [string, string])[]): ReadonlyMap<string, string> =>
  new Map(pairs.flatMap(([w, code]) => [normalizeKey(w), `${normalizeKey(w)}ه`].map((k) => [k, code] as const)))

const DOLLAR = adjectives([
  ['أمريكي', 'USD'],
  ['أميركي', 'USD'],
  ['كندي', 'CAD'],
  ['أسترالي', 'AUD'],
  ['سنغافوري', 'SGD'],
])
const POUND = adjectives([
  ['إسترليني', 'GBP'],
  ['استرليني', 'GBP'],
  ['مصري', 'EGP'],
  ['سوداني', 'SDG'],
])
const RIYAL = adjectives([
  ['سعودي', 'SAR'],
  ['قطري', 'QAR'],
  ['عماني', 'OMR'],
  ['يمني', 'YER'],
  ['إيراني', 'IRR'],
])
const DIRHAM = adjectives([
  ['إماراتي', 'AED'],
  ['مغربي', 'MAD'],
])
const DINAR = adjectives([
  ['كويتي', 'KWD'],
  ['أردني', 'JOD'],
  ['عراقي', 'IQD'],
  ['بحريني', 'BHD'],
  ['ليبي', 'LYD'],
  ['تونسي', 'TND'],
  ['جزائري', 'DZD'],
])
const LIRA = adjectives([
  ['تركي', 'TRY'],
  ['لبناني', 'LBP'],
  ['سوري', 'SYP'],
])

/**
 * Currency words after an amount. A bare word takes the reading most common in pan-Arab news:
 * جنيه → EGP (إسترليني makes it GBP), ريال → SAR, درهم → AED, دينار → KWD, ليرة → TRY. These defaults
 * are guesses where the text does not say; the adjective, when present, decides.
 */
export const CURRENCY_WORDS: ReadonlyMap<string, CurrencyWord> = new Map(
  (
    [
      [['دولار', 'دولارا', 'دولارات'], { code: 'USD', adjectives: DOLLAR }],
      [['يورو'], { code: 'EUR' }],
      [['جنيه', 'جنيها', 'جنيهات'], { code: 'EGP', adjectives: POUND }],
      [['إسترليني', 'استرليني'], { code: 'GBP' }],
      [['ريال', 'ريالا', 'ريالات'], { code: 'SAR', adjectives: RIYAL }],
      [['درهم', 'درهما', 'دراهم'], { code: 'AED', adjectives: DIRHAM }],
      [['دينار', 'دينارا', 'دنانير'], { code: 'KWD', adjectives: DINAR }],
      [['ليرة', 'ليرات'], { code: 'TRY', adjectives: LIRA }],
      [['ين'], { code: 'JPY' }],
      [['يوان'], { code: 'CNY' }],
      [['روبية'], { code: 'INR' }],
      [['روبل'], { code: 'RUB' }],
      [['فرنك'], { code: 'CHF' }],
      [['dollar', 'dollars'], { code: 'USD' }],
      [['euro', 'euros'], { code: 'EUR' }],
      [['pound', 'pounds'], { code: 'GBP' }],
      [['yen'], { code: 'JPY' }],
      [['yuan'], { code: 'CNY' }],
    ] as const
  ).flatMap(([words, currency]) => words.map((w) => [normalizeKey(w), currency as CurrencyWord] as const)),
)

/** ISO codes written as words, before or after the amount ("USD 5m", "5m USD"). */
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  'usd',
  'eur',
  'gbp',
  'jpy',
  'cny',
  'sar',
  'aed',
  'egp',
  'kwd',
  'qar',
  'omr',
  'bhd',
  'jod',
  'chf',
  'cad',
  'aud',
  'inr',
  'try',
  'rub',
  'mad',
])

/** Currency symbols, before or after the amount. */
export const CURRENCY_SYMBOLS: ReadonlyMap<number, string> = new Map([
  [0x24, 'USD'], // $
  [0x20ac, 'EUR'], // €
  [0xa3, 'GBP'], // £
  [0xa5, 'JPY'], // ¥
])
