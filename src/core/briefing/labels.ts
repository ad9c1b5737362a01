import type { EntityType } from '../entities/types'
import type { HighlightColor } from '../store/annotations'

/** The headings and fixed words of a briefing, in the language chosen for them. */
export type BriefingLang = 'ar' | 'en'

export interface Labels {
  briefing: string
  everything: string
  more: (n: number) => string
  listJoin: string
  date: string
  scope: string
  scopeEverything: string
  scopeEntities: string
  scopeInArticles: string
  scopeArticles: string
  scopeColors: string
  scopeTags: string
  contents: string
  totals: string
  entitiesCount: string
  quotesCount: string
  sourcesCount: string
  orphansCount: string
  type: string
  value: string
  nameAr: string
  nameLatin: string
  aliases: string
  description: string
  notes: string
  untitledNote: string
  invalidNote: string
  partlyInvalidNote: string
  quotes: string
  noQuotes: string
  orphanedQuotes: (n: number) => string
  comment: string
  mentions: string
  noMentions: string
  source: string
  count: string
  total: string
  related: string
  entity: string
  sharedParagraphs: string
  byArticle: string
  otherHighlights: string
  otherHighlightsIntro: string
  orphans: string
  orphansIntro: string
  orphan: string
  lastKnownText: string
  articleMissing: string
  sources: string
  file: string
  category: string
  published: string
  /** A relative time as the article prints it ("8 hours ago"): not a publication date. */
  asPrinted: string
  types: Record<EntityType, string>
  colors: Record<HighlightColor, string>
  // The story's figures section.
  figures: string
  figuresIntro: string
  figure: string
  about: string
  agreement: string
  agree: (sources: number) => string
  disagree: (values: string) => string
  singleSource: string
  confirmedByUser: string
  splitByUser: string
  versus: string
  figureTopics: Record<string, string>
  figureUnits: { percent: string; count: string }
  // Story: timeline
  timeline: string
  timelineIntro: string
  statement: string
  entities: string
  months: readonly string[]
  weekOf: (date: string) => string
  yearUnknown: (date: string) => string
  /** A relative expression ("الشهر الماضي") in an article with no date: the expression stands for the date. */
  dateUnknown: string
  fromArticleDate: string
  moreStatements: (n: number) => string
  /** The relations section (story/relations.ts). */
  relations: string
  relationsIntro: (entities: number, shown: number, ties: number) => string
  relationsPicture: string
  tiedTo: string
  firstShared: string
}

const ar: Labels = {
  briefing: 'إحاطة',
  everything: 'إحاطة شاملة',
  more: (n) => `و${n} غيرها`,
  listJoin: '، ',
  date: 'التاريخ',
  scope: 'النطاق',
  scopeEverything: 'كل الكيانات والتظليلات',
  scopeEntities: 'الكيانات',
  scopeInArticles: 'في المقالات',
  scopeArticles: 'المقالات',
  scopeColors: 'تظليلات بالألوان',
  scopeTags: 'تظليلات موسومة بـ',
  contents: 'المحتويات',
  totals: 'في هذه الإحاطة',
  entitiesCount: 'الكيانات',
  quotesCount: 'الاقتباسات',
  sourcesCount: 'المصادر',
  orphansCount: 'التظليلات اليتيمة',
  type: 'النوع',
  value: 'القيمة',
  nameAr: 'الاسم العربي',
  nameLatin: 'الاسم اللاتيني',
  aliases: 'أسماء أخرى',
  description: 'الوصف',
  notes: 'الملاحظات',
  untitledNote: 'ملاحظة بلا عنوان',
  invalidNote: 'تنبيه: تعذّرت قراءة هذه الملاحظة بصيغة المحرر، فصُدِّر نصها كما خُزّن.',
  partlyInvalidNote: 'تنبيه: في هذه الملاحظة أجزاء لا يعرفها المحرر، فصُدِّرت نصًا عاديًا.',
  quotes: 'اقتباسات رئيسية',
  noQuotes: 'لا اقتباسات عن هذا الكيان في النطاق.',
  orphanedQuotes: (n) => `تظليلات يتيمة عنه (${n}) مذكورة في قسم التظليلات اليتيمة، لا كاقتباسات.`,
  comment: 'تعليق',
  mentions: 'الإشارات حسب المصدر',
  noMentions: 'لا يذكر أيٌّ من مقالات النطاق هذا الكيان.',
  source: 'المصدر',
  count: 'الإشارات',
  total: 'المجموع',
  related: 'كيانات ذات صلة',
  entity: 'الكيان',
  sharedParagraphs: 'فقرات مشتركة',
  byArticle: 'حسب المقال',
  otherHighlights: 'تظليلات وملاحظات أخرى',
  otherHighlightsIntro: 'تظليلات وملاحظات في هذا النطاق لم ترد في أقسام الكيانات السابقة، مرتبة حسب المقال.',
  orphans: 'تظليلات يتيمة',
  orphansIntro: 'تعذّر وضع هذه التظليلات في النص الحالي لمقالاتها، فليست اقتباسات موثّقة. يظهر آخر نص محفوظ لكل منها.',
  orphan: 'يتيم',
  lastKnownText: 'آخر نص محفوظ',
  articleMissing: 'المقال لم يعد في المكتبة',
  sources: 'المصادر',
  file: 'الملف',
  category: 'القسم',
  published: 'نُشر',
  asPrinted: 'ورد في المقال',
  types: { person: 'شخص', org: 'منظمة', product: 'منتج', place: 'مكان', money: 'مبلغ', other: 'أخرى' },
  colors: { yellow: 'أصفر', green: 'أخضر', blue: 'أزرق', pink: 'وردي', purple: 'بنفسجي' },
  figures: 'الأرقام والادعاءات',
  figuresIntro: 'كل رقم مع ما يتعلق به (الكيانات في جملته وما يعدّه أو يقيسه) ومصادره. الرقم نفسه في عدة مصادر ادعاء واحد؛ وأرقام مختلفة للأمر نفسه معروضة جنبًا إلى جنب.',
  figure: 'الرقم',
  about: 'يتعلق بـ',
  agreement: 'الاتفاق',
  agree: (n) => (n === 2 ? 'مصدران متفقان' : `${n} مصادر متفقة`),
  disagree: (values) => `المصادر مختلفة: ${values}`,
  singleSource: 'مصدر واحد',
  confirmedByUser: 'أكّده المستخدم',
  splitByUser: 'فصله المستخدم عن ادعاء آخر',
  versus: ' مقابل ',
  figureTopics: { investment: 'استثمار', acquisition: 'صفقة أو استحواذ', pay: 'عروض وأجور', contract: 'عقد', revenue: 'إيرادات', profit: 'أرباح', loss: 'خسائر', valuation: 'تقييم', funding: 'تمويل', spending: 'إنفاق', share: 'حصة', change: 'تغيّر', layoffs: 'تسريح', hiring: 'توظيف واستقطاب' },
  figureUnits: { percent: 'نسبة مئوية', count: 'عدد' },
  timeline: 'الخط الزمني',
  timelineIntro:
    'عبارات مؤرخة من مقالات النطاق، بترتيب التاريخ. التواريخ النسبية («الشهر الماضي») محسوبة من تاريخ نشر المقال حين يُعرف؛ وما لم يذكر النص سنته، أو لم يُعرف تاريخ مقاله، يأتي في آخر الجدول ومذكور كذلك.',
  statement: 'العبارة',
  entities: 'الكيانات',
  months: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
  weekOf: (date) => `أسبوع ${date}`,
  yearUnknown: (date) => `${date} (السنة غير مذكورة)`,
  dateUnknown: 'غير محدد (تاريخ المقال غير معروف)',
  fromArticleDate: 'محسوب من تاريخ المقال',
  moreStatements: (n) => `و${n} عبارة مؤرخة أخرى لم تُدرج.`,
  relations: 'شبكة العلاقات',
  relationsIntro: (entities, shown, ties) =>
    `يرتبط كيانان حين تذكرهما فقرة واحدة، والرقم على كل صلة عدد الفقرات المشتركة. الكيانات: ${entities}؛ الصلات المعروضة: الأقوى ${shown} من ${ties}.`,
  relationsPicture: 'الشبكة نفسها صورةً',
  tiedTo: 'مرتبط بـ',
  firstShared: 'أول فقرة مشتركة',
}

const en: Labels = {
  briefing: 'Briefing',
  everything: 'Briefing: everything',
  more: (n) => `and ${n} more`,
  listJoin: ', ',
  date: 'Date',
  scope: 'Scope',
  scopeEverything: 'every entity and highlight',
  scopeEntities: 'entities',
  scopeInArticles: 'in articles',
  scopeArticles: 'articles',
  scopeColors: 'highlights in colours',
  scopeTags: 'highlights tagged with',
  contents: 'Contents',
  totals: 'In this briefing',
  entitiesCount: 'entities',
  quotesCount: 'quotes',
  sourcesCount: 'sources',
  orphansCount: 'orphaned highlights',
  type: 'Type',
  value: 'Value',
  nameAr: 'Arabic name',
  nameLatin: 'Latin-script name',
  aliases: 'Other names',
  description: 'Description',
  notes: 'Notes',
  untitledNote: 'Untitled note',
  invalidNote: 'Warning: this note could not be read as editor content; its stored text is exported as it is.',
  partlyInvalidNote: 'Warning: parts of this note are unknown to the editor and were exported as plain text.',
  quotes: 'Key quotes',
  noQuotes: 'No quotes about this entity in scope.',
  orphanedQuotes: (n) => `Orphaned highlights about it (${n}) are listed under Orphaned highlights, not as quotes.`,
  comment: 'Comment',
  mentions: 'Mentions per source',
  noMentions: 'No article in scope mentions this entity.',
  source: 'Source',
  count: 'Mentions',
  total: 'Total',
  related: 'Related entities',
  entity: 'Entity',
  sharedParagraphs: 'Shared paragraphs',
  byArticle: 'By article',
  otherHighlights: 'Other highlights and notes',
  otherHighlightsIntro: 'Highlights and notes in this scope that no entity section above holds, by article.',
  orphans: 'Orphaned highlights',
  orphansIntro: 'These highlights could not be placed in the current text of their articles, so they are not verified quotes. The last stored text of each is shown.',
  orphan: 'orphan',
  lastKnownText: 'last stored text',
  articleMissing: 'the article is no longer in the library',
  sources: 'Sources',
  file: 'File',
  category: 'Section',
  published: 'Published',
  asPrinted: 'As printed',
  types: { person: 'Person', org: 'Organisation', product: 'Product', place: 'Place', money: 'Amount', other: 'Other' },
  colors: { yellow: 'yellow', green: 'green', blue: 'blue', pink: 'pink', purple: 'purple' },
  figures: 'Figures and claims',
  figuresIntro: 'Each figure with what it is about (the entities in its sentence and what it counts or measures) and its sources. The same figure in several sources is one claim; different figures for one thing are shown side by side.',
  figure: 'Figure',
  about: 'About',
  agreement: 'Agreement',
  agree: (n) => `${n} sources agree`,
  disagree: (values) => `sources disagree: ${values}`,
  singleSource: 'one source',
  confirmedByUser: 'confirmed by the user',
  splitByUser: 'split off another claim by the user',
  versus: ' vs ',
  figureTopics: { investment: 'investment', acquisition: 'deal or acquisition', pay: 'offers and pay', contract: 'contract', revenue: 'revenue', profit: 'profit', loss: 'losses', valuation: 'valuation', funding: 'funding', spending: 'spending', share: 'stake', change: 'change', layoffs: 'layoffs', hiring: 'hiring' },
  figureUnits: { percent: 'percentage', count: 'count' },
  timeline: 'Timeline',
  timelineIntro:
    'Dated statements in the articles in scope, in date order. Relative dates (“last month”) are counted from the article’s publication date when it is known; statements whose year the text does not give, or whose article has no known date, come last and are marked so.',
  statement: 'Statement',
  entities: 'Entities',
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  weekOf: (date) => `week of ${date}`,
  yearUnknown: (date) => `${date} (year not stated)`,
  dateUnknown: 'not known (the article has no date)',
  fromArticleDate: 'counted from the article’s date',
  moreStatements: (n) => `and ${n} more dated statements not listed.`,
  relations: 'Relations',
  relationsIntro: (entities, shown, ties) =>
    `Two entities are tied when one paragraph mentions both; the number on each tie counts the paragraphs they share. Here: ${entities} entities and the strongest ${shown} of ${ties} ties.`,
  relationsPicture: 'The same graph as a picture',
  tiedTo: 'Tied to',
  firstShared: 'First shared paragraph',
}

export const labelsFor = (lang: BriefingLang): Labels => (lang === 'ar' ? ar : en)
