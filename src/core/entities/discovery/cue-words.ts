import { normalizeKey } from '../../text/normalize'
import type { EntityType } from '../types'
import { isPlaceAdjective } from './gazetteer'

const keys = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(normalizeKey))

/** Verbs of saying that news text puts right before the speaker: "وقال ديميس هسابيس، الشريك المؤسس". */
// prettier-ignore
export const SPEECH_VERBS = keys([
  'قال', 'قالت', 'أضاف', 'أضافت', 'أوضح', 'أوضحت', 'كتب', 'كتبت', 'أكد', 'أكدت', 'صرح', 'صرحت', 'أشار', 'أشارت', 'ذكر', 'ذكرت',
  'أعلن', 'أعلنت', 'يقول', 'تقول', 'اعتبر', 'اعتبرت', 'علق', 'علقت', 'أفاد', 'أفادت', 'رأى', 'رأت', 'يرى', 'ترى', 'تابع', 'تابعت',
  'أجاب', 'أجابت', 'غرد', 'غردت', 'نفى', 'نفت', 'حذر', 'حذرت', 'طالب', 'طالبت', 'دعا', 'دعت', 'وعد', 'وعدت',
])

/** Words after which a source is named: "بحسب رويترز", "وفقا لصحيفة …" (the cue word itself is read by ORG_CUES). */
export const SOURCE_WORDS = keys(['بحسب', 'حسب', 'وفقا', 'وفق', 'نقلا', 'عن'])

/**
 * Words that name the kind of thing the next word is, without being part of its name:
 * "شركة إنتل", "صحيفة التلغراف", "تطبيق واتساب". The type is what the following name gets.
 */
const CUE_TYPES: readonly [EntityType, readonly string[]][] = [
  [
    'org',
    [
      'شركة',
      'شركات',
      'شركتي',
      'صحيفة',
      'صحيفتي',
      'جريدة',
      'مجلة',
      'وكالة',
      'موقع',
      'قناة',
      'شبكة',
      'نادي',
      'فريق',
      'مصرف',
      'بنك',
      'مجموعة',
      'مؤسسة',
      'منظمة',
      'حركة',
      'العملاق',
      'عملاق',
    ],
  ],
  [
    'product',
    [
      'تطبيق',
      'تطبيقات',
      'منصة',
      'منصات',
      'خدمة',
      'خدمات',
      'برنامج',
      'متجر',
      'نظام',
      'متصفح',
      'محرك',
      'هاتف',
      'هواتف',
      'جهاز',
      'أجهزة',
      'ساعة',
      'نموذج',
      'لعبة',
      'مساعد',
    ],
  ],
  [
    'place',
    [
      'مدينة',
      'عاصمة',
      'العاصمة',
      'ولاية',
      'إمارة',
      'دولة',
      'جزيرة',
      'جزر',
      'منطقة',
      'محافظة',
      'إقليم',
      'مقاطعة',
      'قرية',
      'بلدة',
      'ضاحية',
      'حي',
      'شارع',
      'ميناء',
      'مطار',
    ],
  ],
]
export const ORG_CUES: ReadonlyMap<string, EntityType> = new Map(
  CUE_TYPES.flatMap(([type, words]) => words.map((w) => [normalizeKey(w), type] as const)),
)

/**
 * Heads of institution names that are part of the name: "جامعة ستانفورد", "مجلس الشيوخ",
 * "وزارة الآثار", "وكالة الأنباء السعودية". Followed by definite words, they make a name only
 * when the phrase says whose it is (a nationality, a place, an unknown word): "مجلس الإدارة" is
 * any company's board.
 */
// prettier-ignore
export const INSTITUTION_HEADS = keys([
  'جامعة', 'مجلس', 'محكمة', 'وزارة', 'البنك', 'بنك', 'صندوق', 'معهد', 'مركز', 'لجنة', 'جمعية', 'حزب', 'أكاديمية', 'هيئة', 'منظمة', 'الاتحاد',
  'اتحاد', 'البرلمان', 'المفوضية', 'وكالة', 'مكتب', 'كلية', 'متحف', 'الحرس', 'مجموعة', 'ديوان', 'الديوان', 'نقابة', 'غرفة', 'أمانة',
  // Definite heads name an institution with a nationality after them: "المركز الوطني", "الجمعية الملكية".
  'المركز', 'المعهد', 'المجلس', 'الجمعية', 'الهيئة', 'اللجنة', 'المكتب', 'الأكاديمية', 'الوكالة', 'الصندوق', 'المحكمة', 'الجامعة',
])

/** Definite words that say whose an institution is (stored without the ة/ه ending, see `adjectiveStem`). */
// prettier-ignore
export const NATIONALITY_ADJECTIVES = keys([
  'الأوروبي', 'الأوربي', 'الدولي', 'الوطني', 'العالمي', 'الأمريكي', 'الأميركي', 'البريطاني', 'الفرنسي', 'الألماني', 'السعودي', 'المصري',
  'الإماراتي', 'العربي', 'الخليجي', 'الروسي', 'الصيني', 'الأردني', 'الكويتي', 'القطري', 'البحريني', 'العماني', 'اليمني', 'العراقي', 'السوري',
  'اللبناني', 'الفلسطيني', 'المغربي', 'الجزائري', 'التونسي', 'الليبي', 'السوداني', 'الملكي', 'الاتحادي', 'الفيدرالي', 'الإسلامي', 'الهندي',
  'الياباني', 'التركي', 'الإيراني', 'الإسرائيلي', 'الأفريقي', 'الإفريقي', 'الآسيوي', 'الإيطالي', 'الإسباني', 'الكوري', 'الكندي', 'الأسترالي',
  'الأممي', 'الشعبي', 'الاتحادي', 'الأعلى', 'العليا', 'الاقتصادي',
])

/** "الأوروبية" → "الاوروبي": feminine and masculine nisba adjectives share one entry. */
export const adjectiveStem = (key: string): string => (key.endsWith('يه') ? key.slice(0, -1) : key)

/** A word that says whose something is: one of the adjectives above, or the adjective of a gazetteer place ("السويدي"). */
export const isNationality = (key: string): boolean => NATIONALITY_ADJECTIVES.has(adjectiveStem(key)) || isPlaceAdjective(key)

/**
 * The Arabic names of Latin letters: "بي بي سي" (BBC), "أوبن إيه آي" (OpenAI), "سي إن إن". Two or
 * more in a row spell an acronym.
 */
// prettier-ignore
export const LETTER_NAMES = keys([
  'إيه', 'أيه', 'بي', 'سي', 'دي', 'إي', 'إف', 'جي', 'إتش', 'اتش', 'آي', 'أي', 'جاي', 'كيه', 'كاي', 'إل', 'إم', 'إن', 'أو', 'بي', 'كيو', 'آر', 'إس',
  'تي', 'يو', 'في', 'دبليو', 'إكس', 'واي', 'زد', 'زي',
])

// prettier-ignore
const MONTH_NAMES = [
  'يناير', 'فبراير', 'مارس', 'أبريل', 'ابريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر', 'كانون', 'شباط', 'آذار',
  'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين', 'الإثنين', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد',
]
/** Months in both systems and weekdays. */
export const MONTHS = keys(MONTH_NAMES)

/**
 * Words that look like names to the other signals but are ordinary words of news text: months,
 * weekdays, units, common loanwords the dictionary lacks. Checked on the normalised form.
 */
// prettier-ignore
export const NOT_NAMES = keys([
  ...MONTH_NAMES,
  'دولار', 'دولارات', 'يورو', 'جنيه', 'إسترليني', 'ريال', 'درهم', 'دينار', 'بيتكوين', 'ميجابايت', 'جيجابايت', 'تيرابايت', 'ميغابايت', 'غيغابايت',
  'إنترنت', 'الإنترنت', 'الانترنت', 'انترنت', 'تكنولوجيا', 'التكنولوجيا', 'فيديو', 'الفيديو', 'فيديوهات', 'الكمبيوتر', 'كمبيوتر', 'الروبوت',
  'روبوت', 'روبوتات', 'الروبوتات', 'ديجيتال', 'أونلاين', 'اونلاين', 'سيلفي', 'هاشتاغ', 'هاشتاج', 'إيميل', 'ايميل', 'تويتة', 'تغريدة', 'بلوكتشين',
  'البلوكتشين', 'الخوارزميات', 'خوارزميات', 'الخوارزمية', 'خوارزمية', 'الديمقراطية', 'ديمقراطية', 'الاستراتيجية', 'استراتيجية', 'الاستراتيجي',
  'تقنية', 'التقنية', 'التقنيات', 'الذكية', 'ذكي', 'سايبر', 'السايبر', 'بيانات', 'البيانات', 'ميغا', 'جيجا', 'غيغا', 'نانو', 'مليار', 'مليون',
  'كيلومتر', 'كيلو', 'متر', 'سنتيمتر', 'بالمئة', 'بالمائة', 'المئة', 'المائة', 'أوروبية', 'الأوروبية', 'الأمريكية', 'الأميركية', 'البريطانية',
  'الفنتازيا', 'فنتازيا', 'الفانتازيا', 'دراما', 'الدراما', 'كوميديا', 'الكوميديا', 'ماراثون', 'أولمبياد', 'الأولمبياد', 'فيروس', 'الفيروس',
  'فيروسات', 'الفيروسات', 'كورونا', 'بروتوكول', 'البروتوكول', 'لوجستي', 'اللوجستية', 'بلاستيك', 'البلاستيك', 'الأوكسجين', 'أوكسجين',
])
