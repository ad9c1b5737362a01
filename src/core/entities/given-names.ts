import { normalizeKey } from '../text/normalize'

/**
 * A small gazetteer of common given names, in the Arabic transliterations news sites use and in
 * Latin. Two uses:
 * - a surname alone ("ألتمان", "Altman") is not attributed to Sam Altman when another given name
 *   stands right before it ("جاك ألتمان"), even when that other person is not in the registry;
 * - a bare given name is refused as an alias ("سام" would mark every Sam).
 * It need not be complete: a name it misses only means the surname guard does not fire there.
 */
// prettier-ignore
const ARABIC_SCRIPT = [
  'جاك', 'جون', 'جيمس', 'مايكل', 'ميشيل', 'ديفيد', 'دافيد', 'دانيال', 'دانييل', 'روبرت', 'ويليام', 'وليام', 'ريتشارد', 'توماس', 'تشارلز',
  'جوزيف', 'كريستوفر', 'ماثيو', 'أندرو', 'جورج', 'بول', 'بيتر', 'ستيفن', 'ستيف', 'كيفن', 'براين', 'بريان', 'إريك', 'اريك', 'مارك', 'سام', 'نات',
  'إيلون', 'بيل', 'جيف', 'تيم', 'لاري', 'سيرغي', 'سيرجي', 'ساتيا', 'سوندار', 'جنسن', 'ريد', 'أليكس', 'ألكسندر', 'ألكساندر', 'مارتن', 'مايك',
  'نيك', 'توم', 'آدم', 'إيما', 'ماري', 'سارة', 'جيسيكا', 'ليزا', 'آنا', 'كاثرين', 'إليزابيث', 'ميرا', 'إيليا', 'نوام', 'يان', 'جويل', 'دان',
  'فرانك', 'هنري', 'جيسون', 'جوش', 'ريان', 'أنتوني', 'دونالد', 'جو', 'بيرني', 'كامالا', 'إيمانويل', 'أولاف', 'فلاديمير', 'شي',
  'محمد', 'أحمد', 'علي', 'عمر', 'خالد', 'حسن', 'حسين', 'يوسف', 'إبراهيم', 'عبدالله', 'سعيد', 'كريم', 'مصطفى', 'طارق', 'سامي', 'ليلى', 'فاطمة',
  'جان', 'يوهان', 'ماركوس', 'روبين', 'ألبين', 'مانويل', 'أنطونيو', 'فيليب', 'مانفريد', 'غاي', 'فيرا', 'ماركو', 'لوكاس', 'فرانسيس', 'جوشوا',
  'كريس', 'تشاك', 'إميل', 'باستيان', 'أرتورو', 'ارتورو', 'دوغلاس', 'دوجلاس', 'كارل', 'مارغريت', 'أوليفر', 'هاري', 'جاكوب', 'صوفي', 'أنجيلا',
  'تيريزا', 'ماريا', 'جوليا', 'لويس', 'خوان', 'كارلوس', 'بيدرو', 'خوسيه', 'ميغيل', 'فرانسوا', 'بيير', 'ميشال', 'سيرجيو', 'بوريس', 'إيفان',
  'ديمتري', 'كيفين', 'جيمي', 'روبن', 'شاهار', 'بيل', 'هيلين', 'إيزابيل', 'أوسكار', 'ألبرت', 'فريدريك', 'هانز', 'يورغن', 'ستيفان', 'نيكولا',
  'فهد', 'سلمان', 'سلطان', 'ناصر', 'نايف', 'تركي', 'بندر', 'فيصل', 'سعود', 'ماجد', 'منصور', 'هاني', 'رامي', 'زياد', 'وليد', 'هشام', 'عادل',
  'جمال', 'كمال', 'صالح', 'سالم', 'راشد', 'حمد', 'حمدان', 'زايد', 'خليفة', 'مبارك', 'عمرو', 'ياسر', 'ياسين', 'رشيد', 'سمير', 'نبيل', 'مروان',
  'أيمن', 'أسامة', 'حازم', 'إياد', 'باسم', 'نادر', 'جابر', 'عيسى', 'موسى', 'يحيى', 'زكريا', 'إسماعيل', 'يعقوب', 'داود', 'سليمان', 'هارون',
  'نزار', 'منذر', 'شجاع', 'عبدالرحمن', 'عبدالعزيز', 'عبدالسلام', 'عبدالرحيم', 'عبدالكريم', 'عبدالمجيد', 'عبدالبصير', 'نورة', 'منى', 'هدى',
  'سلمى', 'ريم', 'لينا', 'رنا', 'مريم', 'عائشة', 'خديجة', 'زينب', 'نادية', 'رانيا', 'هند', 'نجيب', 'عماد', 'فؤاد', 'غسان', 'وائل', 'أنس',
]
// prettier-ignore
const LATIN_SCRIPT = [
  'jack', 'john', 'james', 'michael', 'david', 'daniel', 'robert', 'william', 'richard', 'thomas', 'charles', 'joseph', 'christopher',
  'matthew', 'andrew', 'george', 'paul', 'peter', 'stephen', 'steven', 'steve', 'kevin', 'brian', 'eric', 'erik', 'mark', 'sam', 'nat',
  'elon', 'bill', 'jeff', 'tim', 'larry', 'sergey', 'satya', 'sundar', 'jensen', 'reid', 'alex', 'alexander', 'alexandr', 'martin', 'mike',
  'nick', 'tom', 'adam', 'emma', 'mary', 'sarah', 'jessica', 'lisa', 'anna', 'catherine', 'elizabeth', 'mira', 'ilya', 'noam', 'yann', 'joel',
  'dan', 'ben', 'frank', 'henry', 'jason', 'josh', 'ryan', 'anthony', 'donald', 'joe', 'mohammed', 'ahmed', 'ali', 'omar', 'khaled', 'yousef',
]

export const GIVEN_NAMES: ReadonlySet<string> = new Set([...ARABIC_SCRIPT, ...LATIN_SCRIPT].map(normalizeKey))

export const isGivenName = (normalizedWord: string): boolean => GIVEN_NAMES.has(normalizedWord)
