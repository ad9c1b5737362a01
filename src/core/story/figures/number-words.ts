import { normalizeKey } from '../../text/normalize'

/**
 * Arabic number words, normalised (ة → ه, أ → ا): the masculine and feminine forms and the
 * nominative/oblique endings of the tens. Enough for the figures news writes in words: "ثلاثة
 * ملايين مستخدم", "عشرة في المئة", "خمسة وعشرون بالمئة". Ordinals and fractions are not counts.
 */
// prettier-ignore
const WORDS: readonly (readonly [readonly string[], number])[] = [
  [['واحد', 'واحدة'], 1],
  [['اثنان', 'اثنين', 'اثنتان', 'اثنتين'], 2],
  [['ثلاث', 'ثلاثة'], 3],
  [['أربع', 'أربعة'], 4],
  [['خمس', 'خمسة'], 5],
  [['ست', 'ستة'], 6],
  [['سبع', 'سبعة'], 7],
  [['ثماني', 'ثمانية', 'ثمان'], 8],
  [['تسع', 'تسعة'], 9],
  [['عشر', 'عشرة'], 10],
  [['عشرون', 'عشرين'], 20],
  [['ثلاثون', 'ثلاثين'], 30],
  [['أربعون', 'أربعين'], 40],
  [['خمسون', 'خمسين'], 50],
  [['ستون', 'ستين'], 60],
  [['سبعون', 'سبعين'], 70],
  [['ثمانون', 'ثمانين'], 80],
  [['تسعون', 'تسعين'], 90],
  [['مئة', 'مائة'], 100],
  [['مئتان', 'مئتين', 'مائتان', 'مائتين'], 200],
]

export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(WORDS.flatMap(([forms, value]) => forms.map((w) => [normalizeKey(w), value] as const)))

/** Tens joined to a unit by "و": "خمسة وعشرون" = 25. */
export const isTens = (value: number): boolean => value >= 20 && value <= 90 && value % 10 === 0
