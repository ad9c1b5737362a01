import { normalizeKey } from '../text/normalize'

/**
 * Job titles and honorifics that news text puts right before a person's name
 * ("الباحث البارز لورينس فان دير مايتن", "الرئيس التنفيذي لشركة OpenAI، سام ألتمان").
 * Definite titles may be followed by the name directly. Indefinite ones ("مدير", "مؤسس", "رئيس")
 * are usually followed by a complement ("مدير هندسي", "مؤسس Scale AI", "رئيس الأبحاث"), so a name
 * is read after them only once that complement (an organisation or a definite genitive) is there.
 */
// prettier-ignore
const DEFINITE = [
  'الرئيس التنفيذي', 'المدير التنفيذي', 'المدير التقني', 'المدير العام', 'المدير المالي', 'الرئيس', 'الباحث', 'الباحثة', 'المهندس',
  'المهندسة', 'المؤسس', 'الشريك المؤسس', 'المؤسس المشارك', 'الصحفي', 'الصحفية', 'المحلل', 'المحللة', 'الخبير', 'الخبيرة', 'البروفيسور',
  'الدكتور', 'الدكتورة', 'السيد', 'السيدة', 'الوزير', 'الوزيرة', 'الكاتب', 'الكاتبة', 'المستثمر', 'العالم الرئيسي', 'السيناتور', 'النائب',
  'النائبة', 'الملك', 'الملكة', 'الأمير', 'الأميرة', 'الشيخ', 'الشيخة', 'المستشار', 'المستشارة', 'المفوض', 'المفوضة', 'اللاعب', 'المدرب',
  'الممثل', 'الممثلة', 'الفنان', 'الفنانة', 'الشاعر', 'الملياردير', 'الأمين العام', 'ولي العهد', 'رئيس الوزراء', 'المتحدث باسم', 'السفير',
]
// prettier-ignore
const INDEFINITE = [
  'مؤسس', 'مدير', 'مديرة', 'رئيس', 'رئيسة', 'مهندس', 'مهندسة', 'باحث', 'باحثة', 'كبير مسؤولي', 'كبيرة مسؤولي', 'كبير الباحثين',
  'كبير العلماء', 'نائب الرئيس', 'نائب رئيس', 'وزير', 'وزيرة', 'سفير', 'محافظ', 'أمير', 'رئيس وزراء', 'عضو', 'مدرب', 'لاعب', 'نائب',
]

export interface Title {
  words: readonly string[]
  definite: boolean
}

export const TITLES: readonly Title[] = [
  ...DEFINITE.map((t) => ({ words: t.split(' ').map(normalizeKey), definite: true })),
  ...INDEFINITE.map((t) => ({ words: t.split(' ').map(normalizeKey), definite: false })),
].sort((a, b) => b.words.length - a.words.length)

/** First words of every title: a word that starts a title ends a name window ("… أغاروال ومديرة"). */
export const TITLE_WORDS: ReadonlySet<string> = new Set(TITLES.map((t) => t.words[0] as string))

/** Words that link a title to its organisation: "الرئيس التنفيذي لشركة X", "الباحث في X". */
export const LINK_WORDS: ReadonlySet<string> = new Set(
  ['في', 'لدى', 'لشركة', 'بشركة', 'شركة', 'لمجموعة', 'مجموعة', 'ل', 'ب', 'من'].map(normalizeKey),
)

/** Particles inside transliterated names: "لورينس فان دير مايتن", "أحمد بن سعيد". Never first or last. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  ['فان', 'فون', 'دير', 'دي', 'دا', 'دو', 'لا', 'لو', 'بن', 'ابن', 'بنت', 'أبو', 'آل'].map(normalizeKey),
)
