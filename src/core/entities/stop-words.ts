import { normalizeKey } from '../text/normalize'

/**
 * Function words that are never names: an alias made of one would mark half of every article.
 * Used by the alias rules and to end a name window in suggestions. Stored normalised (إلى → الي).
 */
// prettier-ignore
const ARABIC = [
  'في', 'من', 'على', 'إلى', 'عن', 'مع', 'أن', 'إن', 'أو', 'ثم', 'بل', 'لكن', 'التي', 'الذي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'هذا',
  'هذه', 'ذلك', 'تلك', 'هؤلاء', 'هو', 'هي', 'هم', 'هما', 'نحن', 'أنا', 'كان', 'كانت', 'يكون', 'تكون', 'قد', 'لقد', 'لا', 'لم', 'لن', 'ما', 'ماذا',
  'كل', 'بعض', 'بين', 'حتى', 'عند', 'منذ', 'خلال', 'بعد', 'قبل', 'حول', 'ضد', 'دون', 'عبر', 'نحو', 'لدى', 'أي', 'كما', 'إذا', 'إذ', 'لو', 'هنا',
  'هناك', 'أيضا', 'فقط', 'قال', 'وقال', 'غير', 'مثل', 'ليس', 'إلا', 'أما', 'أنه', 'أنها', 'إنه', 'إنها', 'عام', 'يوم',
]
// prettier-ignore
const ENGLISH = [
  'the', 'of', 'and', 'in', 'on', 'at', 'to', 'a', 'an', 'for', 'with', 'by', 'from', 'is', 'are', 'was', 'were', 'be', 'or', 'as', 'it', 'its',
  'this', 'that', 'these', 'those', 'not', 'but', 'his', 'her', 'their', 'he', 'she', 'they', 'we', 'you', 'our', 'has', 'have', 'had', 'will',
]

export const STOP_WORDS: ReadonlySet<string> = new Set([...ARABIC, ...ENGLISH].map(normalizeKey))

export const isStopWord = (normalizedWord: string): boolean => STOP_WORDS.has(normalizedWord)
