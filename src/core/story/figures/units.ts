import { normalizeKey } from '../../text/normalize'

/**
 * What a count counts: the noun after the number, as a singular key, so "10 باحثين", "45 باحثًا"
 * and "باحث واحد" count the same thing. A closed list (news counts people, firms, devices, jobs…):
 * an open one took verbs and years for units ("في 2024 قالت" is not 2024 قالت). Sound plurals and
 * the accusative alef are stripped before the lookup; broken plurals are listed beside their singular.
 */
// prettier-ignore
const NOUNS: readonly (readonly [string, ...string[]])[] = [
  ['موظف', 'موظفة'], ['مستخدم', 'مستخدمة'], ['باحث', 'باحثة'], ['عامل', 'عمال'], ['شخص', 'أشخاص'], ['مهندس', 'مهندسة'],
  ['عميل', 'عملاء'], ['مشترك', 'مشتركة'], ['شركة', 'شركات'], ['دولة', 'دول'], ['طالب', 'طلاب'], ['مريض', 'مرضى'],
  ['قتيل', 'قتلى'], ['جريح', 'جرحى'], ['لاجئ'], ['جندي', 'جنود'], ['نازح'], ['نسمة'], ['سائح', 'سياح'], ['زائر', 'زوار'],
  ['مستثمر'], ['متابع'], ['مشاهد'], ['مطور'], ['جهاز', 'أجهزة'], ['سيارة'], ['طائرة'], ['صاروخ', 'صواريخ'], ['هاتف', 'هواتف'],
  ['نموذج', 'نماذج'], ['شريحة', 'شرائح', 'رقاقة', 'رقائق'], ['معالج'], ['خادم', 'خوادم'], ['مركز', 'مراكز'], ['وظيفة', 'وظائف'],
  ['منصب', 'مناصب'], ['عضو', 'أعضاء'], ['مقعد', 'مقاعد'], ['صوت', 'أصوات'], ['سهم', 'أسهم'], ['برميل', 'براميل'], ['طن', 'أطنان'],
  ['ميغاواط', 'ميجاواط'], ['مستشفى', 'مستشفيات'], ['مدرسة', 'مدارس'], ['منزل', 'منازل'], ['مصنع', 'مصانع'], ['متجر', 'متاجر'],
  ['user', 'users'], ['employee', 'employees'], ['researcher', 'researchers'], ['person', 'people', 'persons'], ['worker', 'workers'],
  ['job', 'jobs'], ['customer', 'customers'], ['subscriber', 'subscribers'], ['device', 'devices'], ['company', 'companies'],
]

const BY_FORM: ReadonlyMap<string, string> = new Map(
  NOUNS.flatMap(([singular, ...others]) => [singular, ...others].map((form) => [normalizeKey(form), normalizeKey(singular)] as const)),
)

/** Sound-plural, dual and accusative endings, longest first: موظفين، موظفون، موظفات، موظفا، موظفان. */
const ENDINGS = ['ين', 'ون', 'ات', 'ان', 'ا', 'ه']

/** The singular key of a counted noun (normalised word, clitics and the article already off), or null. */
export function unitOf(word: string): string | null {
  const direct = BY_FORM.get(word)
  if (direct) return direct
  for (const ending of ENDINGS) {
    if (word.length - ending.length < 2 || !word.endsWith(ending)) continue
    const stem = BY_FORM.get(word.slice(0, -ending.length))
    if (stem) return stem
  }
  return null
}
