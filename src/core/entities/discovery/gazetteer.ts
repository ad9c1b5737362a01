import countries from 'i18n-iso-countries'
import { normalizeKey } from '../../text/normalize'
import type { EntityType } from '../types'

/**
 * Names that are places or institutions whatever surrounds them. Country names come from the
 * maintained `i18n-iso-countries` package (its Arabic locale, MIT); the cities, regions and
 * institutions below are the ones Arabic news names most, with the short forms news uses
 * ("الولايات المتحدة" for the official long name). It need not be complete: the other signals find
 * what it lacks.
 */
// prettier-ignore
const PLACES = [
  'أمريكا', 'أميركا', 'الولايات المتحدة', 'الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية', 'بريطانيا', 'المملكة المتحدة', 'الإمارات',
  'إنجلترا', 'إنكلترا', 'اسكتلندا', 'ويلز', 'هولندا', 'روسيا', 'سوريا', 'سورية', 'كوريا', 'الكونغو', 'فلسطين', 'تركيا', 'إيران', 'الصين',
  // cities
  'لندن', 'باريس', 'برلين', 'روما', 'مدريد', 'برشلونة', 'ميلانو', 'ميونيخ', 'فرانكفورت', 'هامبورغ', 'بروكسل', 'أمستردام', 'جنيف', 'زيورخ', 'فيينا',
  'ستوكهولم', 'أوسلو', 'كوبنهاغن', 'هلسنكي', 'دبلن', 'لشبونة', 'أثينا', 'إسطنبول', 'اسطنبول', 'أنقرة', 'موسكو', 'سان بطرسبورغ', 'كييف', 'وارسو',
  'براغ', 'بودابست', 'نيويورك', 'واشنطن', 'لوس أنجلوس', 'لوس أنجليس', 'سان فرانسيسكو', 'سياتل', 'شيكاغو', 'بوسطن', 'ميامي', 'هيوستن', 'تكساس',
  'كاليفورنيا', 'فلوريدا', 'فرجينيا', 'فيرجينيا', 'أريزونا', 'نيفادا', 'أوهايو', 'ميشيغان', 'لاس فيغاس', 'تورنتو', 'مونتريال', 'فانكوفر',
  'طوكيو', 'بكين', 'شنغهاي', 'هونغ كونغ', 'شنتشن', 'سول', 'سيول', 'سنغافورة', 'نيودلهي', 'مومباي', 'بنغالور', 'سيدني', 'ملبورن', 'جاكرتا',
  'القاهرة', 'الإسكندرية', 'الجيزة', 'الأقصر', 'أسوان', 'المنيا', 'الرياض', 'جدة', 'مكة', 'مكة المكرمة', 'المدينة المنورة', 'الدمام', 'الطائف',
  'أبها', 'تبوك', 'دبي', 'أبوظبي', 'أبو ظبي', 'الشارقة', 'عجمان', 'رأس الخيمة', 'الفجيرة', 'الدوحة', 'المنامة', 'مسقط', 'الكويت',
  'عمان', 'عمّان', 'بيروت', 'دمشق', 'حلب', 'بغداد', 'البصرة', 'أربيل', 'الموصل', 'القدس', 'غزة', 'رام الله', 'تل أبيب', 'صنعاء', 'عدن',
  'الخرطوم', 'طرابلس', 'بنغازي', 'تونس', 'الجزائر', 'الرباط', 'الدار البيضاء', 'مراكش', 'طنجة', 'نواكشوط', 'طهران', 'كابول', 'إسلام آباد',
  'كراتشي', 'لاهور', 'نيوم', 'كامبريدج', 'كامبردج', 'كمبريدج', 'كمبردج', 'أكسفورد', 'أوكسفورد', 'ستانفورد', 'هارفارد', 'مانشستر', 'ليفربول',
  'برمنغهام', 'ليفركوزن', 'تورينو', 'نابولي', 'مرسيليا', 'ليون', 'بوردو',
  // regions
  'أوروبا', 'أوربا', 'آسيا', 'أفريقيا', 'إفريقيا', 'أستراليا', 'أمريكا اللاتينية', 'أمريكا الشمالية', 'أمريكا الجنوبية', 'الشرق الأوسط',
  'الشرق الأقصى', 'الخليج', 'الخليج العربي', 'شمال أفريقيا', 'شمال إفريقيا', 'المغرب العربي', 'الشام', 'بلاد الشام', 'وادي السيليكون',
  'وادي السليكون', 'سيليكون فالي', 'الاتحاد السوفيتي', 'البحر المتوسط', 'البحر الأبيض المتوسط', 'البحر الأحمر', 'المحيط الأطلسي',
  'المحيط الهادئ', 'المحيط الهندي', 'سيناء', 'صعيد مصر', 'الضفة الغربية', 'قطاع غزة', 'كشمير', 'القرم', 'الأندلس', 'كاتالونيا',
  'الساحل الشرقي', 'الساحل الغربي', 'أمريكا الوسطى',
]

/** Competitions and events news names like institutions. */
// prettier-ignore
const EVENTS = [
  'كأس العالم', 'دوري أبطال أوروبا', 'الدوري الإنجليزي', 'الدوري الإسباني', 'الدوري الألماني', 'الدوري الإيطالي', 'الدوري الفرنسي',
  'الألعاب الأولمبية', 'كأس آسيا', 'كأس الأمم الأفريقية', 'كأس الأمم الأوروبية', 'الدوري السعودي', 'كأس الخليج', 'معرض دبي للطيران',
]

// prettier-ignore
const INSTITUTIONS = [
  'الأمم المتحدة', 'مجلس الأمن', 'الاتحاد الأوروبي', 'الاتحاد الأوربي', 'البرلمان الأوروبي', 'المفوضية الأوروبية', 'محكمة العدل الأوروبية',
  'حلف الناتو', 'حلف شمال الأطلسي', 'الناتو', 'جامعة الدول العربية', 'الجامعة العربية', 'مجلس التعاون الخليجي', 'منظمة الصحة العالمية',
  'منظمة التجارة العالمية', 'صندوق النقد الدولي', 'البنك الدولي', 'البنك المركزي الأوروبي', 'الاحتياطي الفيدرالي', 'البيت الأبيض',
  'الكونغرس', 'الكونجرس', 'مجلس الشيوخ', 'مجلس النواب', 'مجلس العموم', 'مجلس اللوردات', 'البنتاغون', 'البنتاجون', 'الكرملين', 'الإليزيه',
  'داونينغ ستريت', 'وول ستريت', 'أوبك', 'اليونسكو', 'اليونيسف', 'الفيفا', 'الإنتربول', 'ناسا', 'وكالة ناسا', 'الأولمبية الدولية',
]

/**
 * The platforms and services Arabic news names most, in their usual spellings: one mention in a
 * library is enough for these (an unknown word seen once is otherwise taken for a typo).
 */
// prettier-ignore
const PLATFORMS = [
  'تويتر', 'فيسبوك', 'فيس بوك', 'إنستغرام', 'انستغرام', 'إنستجرام', 'انستجرام', 'واتساب', 'واتس اب', 'يوتيوب', 'تيك توك',
  'سناب شات', 'سنابشات', 'لينكدإن', 'لينكد إن', 'تيليغرام', 'تيليجرام', 'ويكيبيديا', 'ريديت', 'نتفليكس',
]

/**
 * Country names that are also common words: مالي is "financial" far more often than Mali, بنين
 * "sons", جورجيا a given name, تشاد a given name. They are suggested only with a place cue.
 */
const AMBIGUOUS = new Set(['مالي', 'بنين', 'جورجيا', 'تشاد', 'النيجر', 'توغو', 'الرأس الأخضر', 'لا ريونيون'].map(normalizeKey))

/** Each gazetteer name with its type, by normalised form. */
export const GAZETTEER: ReadonlyMap<string, { name: string; type: EntityType }> = (() => {
  const entries = new Map<string, { name: string; type: EntityType }>()
  const add = (name: string, type: EntityType): void => {
    const key = normalizeKey(name)
    if (!AMBIGUOUS.has(key) && !entries.has(key)) entries.set(key, { name, type })
  }
  for (const name of PLACES) add(name, 'place')
  // The package's own API (its Node entry registers every locale): importing the locale's JSON file
  // directly needs an import attribute that not every bundle of this code keeps.
  for (const names of Object.values(countries.getNames('ar', { select: 'all' }))) {
    for (const name of names) if (!name.includes('(') && name.split(' ').length <= 3) add(name, 'place')
  }
  for (const name of INSTITUTIONS) add(name, 'org')
  for (const name of PLATFORMS) add(name, 'org')
  for (const name of EVENTS) add(name, 'other')
  return entries
})()

/** True when the normalised word is a gazetteer name that is usually a common word (مالي). */
export const isAmbiguousPlace = (key: string): boolean => AMBIGUOUS.has(key)

/**
 * "السويدي", "السلوفينية", "الأمريكي": a definite nisba adjective of a gazetteer place (السويد،
 * سلوفينيا، أمريكا), read from the place names themselves so every country of the package has its
 * adjective without a list. Key normalised, masculine or feminine.
 */
export function isPlaceAdjective(key: string): boolean {
  const masculine = key.endsWith('يه') ? key.slice(0, -1) : key
  if (!masculine.startsWith('ال') || !masculine.endsWith('ي') || masculine.length < 5) return false
  const core = masculine.slice(2, -1)
  return [core, `ال${core}`, `${core}ا`, `ال${core}يه`, `${core}يا`].some((place) => GAZETTEER.get(place)?.type === 'place')
}
