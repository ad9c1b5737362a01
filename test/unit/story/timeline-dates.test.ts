import { describe, expect, it } from 'vitest'
import { dayOf, findDates, resolveDate, type TimelineDate } from '../../../src/core/story/timeline'

/** Every date in `text`, each as [expression as written, date placed against `published`]; a date that cannot exist is left out. */
function dates(text: string, published?: string): [string, TimelineDate][] {
  const ref = dayOf(published)
  return findDates(text).flatMap((d) => {
    const date = resolveDate(d.spec, ref)
    return date ? [[text.slice(d.start, d.end), date] as [string, TimelineDate]] : []
  })
}
const day = (iso: string, relative = false): TimelineDate => ({ precision: 'day', iso, relative })
const month = (iso: string, relative = false): TimelineDate => ({ precision: 'month', iso, relative })
const year = (iso: string, relative = false): TimelineDate => ({ precision: 'year', iso, relative })
const yearless = (iso: string): TimelineDate => ({ precision: 'unknown-year', iso, relative: false })
const UNRESOLVED: TimelineDate = { precision: 'relative-unresolved', relative: true }

describe('explicit dates', () => {
  it('reads both month systems, with the pair written together', () => {
    expect(dates('وقّعت الشركتان العقد في 10 يونيو/حزيران 2018 بعد مفاوضات طويلة.')).toEqual([['10 يونيو/حزيران 2018', day('2018-06-10')]])
    expect(dates('افتُتح المصنع في الثالث من الشهر، أي 3 تشرين الثاني 2016.')).toEqual([['3 تشرين الثاني 2016', day('2016-11-03')]])
    expect(dates('أُعلن القرار في كانون الأول 2019 وطُبّق في شباط (فبراير) 2020.')).toEqual([
      ['كانون الأول 2019', month('2019-12')],
      ['شباط (فبراير) 2020', month('2020-02')],
    ])
    expect(dates('وصل الوفد يوم 7 آب 2015 إلى العاصمة.')).toEqual([['7 آب 2015', day('2015-08-07')]])
    expect(dates('ووقع الحادث في الـ21 من شهر أيلول 2014.')).toEqual([['الـ21 من شهر أيلول 2014', day('2014-09-21')]])
  })

  it('reads Arabic-Indic and Latin digits alike, and common spellings', () => {
    expect(dates('صدر التقرير في ١٥ آذار ٢٠١٧ وأُعيد نشره في 15 مارس 2017.')).toEqual([
      ['١٥ آذار ٢٠١٧', day('2017-03-15')],
      ['15 مارس 2017', day('2017-03-15')],
    ])
    expect(dates('بدأ البرنامج في إبريل 2011 وانتهى في يوليه ٢٠١٢ ثم عاد في اغسطس من عام 2013.')).toEqual([
      ['إبريل 2011', month('2011-04')],
      ['يوليه ٢٠١٢', month('2012-07')],
      ['اغسطس من عام 2013', month('2013-08')],
    ])
    expect(dates('انطلق المهرجان في 2 جوان 2019 بالجزائر.')).toEqual([['2 جوان 2019', day('2019-06-02')]])
  })

  it('reads numeric dates day first, and ISO dates', () => {
    expect(dates('نُشر البيان بتاريخ 10/3/2018 وعُدّل في ٢٠١٨-٠٣-١٢.')).toEqual([
      ['10/3/2018', day('2018-03-10')],
      ['٢٠١٨-٠٣-١٢', day('2018-03-12')],
    ])
    expect(dates('المهلة تنتهي 31/2/2018 حسب النسخة المسربة.'), 'no 31 February').toEqual([])
    expect(dates('النسبة 10/3 من المجموع، والإصدار 1.2.3')).toEqual([])
  })

  it('reads years alone after a year word or a preposition', () => {
    expect(dates('تأسست الشركة عام 2004 وتوسعت منذ 2010، وفي العام 2018 دخلت السوق.')).toEqual([
      ['عام 2004', year('2004')],
      ['2010', year('2010')],
      ['العام 2018', year('2018')],
    ])
    expect(dates('تتوقع الخطة أرباحًا بحلول 2030 وفي مطلع 2025م.')).toEqual([
      ['2030', year('2030')],
      ['مطلع 2025م', year('2025')],
    ])
  })

  it('says the year is unknown when the text does not give it, even in a dated article', () => {
    expect(dates('عقد الطرفان اجتماعًا في 12 مايو لبحث الصفقة.')).toEqual([['12 مايو', yearless('--05-12')]])
    expect(dates('ستبدأ المرحلة الثانية في يونيو، كما قال.', '2018-03-01')).toEqual([['يونيو', yearless('--06')]])
  })
})

describe('relative dates', () => {
  const ARTICLE = '2018-06-13T09:00:00Z' // a Wednesday

  it('are resolved against the article date when it is known', () => {
    expect(dates('أعلنت الشركة الشهر الماضي أنها ستغلق الفرع، وستفتح غيره العام المقبل.', ARTICLE)).toEqual([
      ['الشهر الماضي', month('2018-05', true)],
      ['العام المقبل', year('2019', true)],
    ])
    expect(dates('استثمرت 14.3 مليار دولار في يونيو الماضي، وفي أبريل الماضي خسرت.', ARTICLE)).toEqual([
      ['يونيو الماضي', month('2017-06', true)],
      ['أبريل الماضي', month('2018-04', true)],
    ])
    expect(dates('وقال أمس إن المذكرة أُرسلت يوم الإثنين، وإن الرد سيصل الأحد المقبل.', ARTICLE)).toEqual([
      ['أمس', day('2018-06-12', true)],
      ['يوم الإثنين', day('2018-06-11', true)],
      ['الأحد المقبل', day('2018-06-17', true)],
    ])
    expect(dates('وصل يوم الأربعاء، أي اليوم، بعد أن غادر الأربعاء الماضي.', ARTICLE)).toEqual([
      ['يوم الأربعاء', day('2018-06-13', true)],
      ['اليوم', day('2018-06-13', true)],
      ['الأربعاء الماضي', day('2018-06-06', true)],
    ])
    expect(dates('تراجعت المبيعات الأسبوع الماضي وخلال السنة الماضية.', ARTICLE)).toEqual([
      ['الأسبوع الماضي', { precision: 'week', iso: '2018-06-06', relative: true }],
      ['السنة الماضية', year('2017', true)],
    ])
    expect(dates('ارتفعت الأرقام في ديسمبر الماضي.', '2019-01-20')).toEqual([['ديسمبر الماضي', month('2018-12', true)]])
    expect(dates('صدر الحكم في مايو أيار العام الماضي، ويُطبّق في ستمبر أيلول من العام المقبل.', '2015-07-31')).toEqual([
      ['مايو أيار العام الماضي', month('2014-05', true)],
      ['ستمبر أيلول من العام المقبل', month('2016-09', true)],
    ])
  })

  it('read a weekday spoken of in the future as the coming one, and "اليوم الخميس" by its weekday', () => {
    expect(dates('وسيواجه أيضًا يوم الأربعاء استجوابًا، وستبدأ الجلسة ظهر الثلاثاء.', '2018-04-10')).toEqual([
      ['يوم الأربعاء', day('2018-04-11', true)],
      ['ظهر الثلاثاء', day('2018-04-10', true)],
    ])
    expect(dates('نزلت الأسعار اليوم الخميس بعد أن ارتفعت أمس الأربعاء.', '2015-07-31')).toEqual([
      ['اليوم الخميس', day('2015-07-30', true)],
      ['أمس الأربعاء', day('2015-07-29', true)],
    ])
    // A page dated the day before it says "today, Wednesday": the nearest Wednesday, not last week's.
    expect(dates('أعلنت الشركة اليوم الأربعاء عن منصة جديدة.', '2015-07-21')).toEqual([['اليوم الأربعاء', day('2015-07-22', true)]])
  })

  it('are left unresolved, and said so, when the article has no date', () => {
    expect(dates('أعلنت الشركة الشهر الماضي وفي يونيو الماضي وأمس ويوم الإثنين.')).toEqual([
      ['الشهر الماضي', UNRESOLVED],
      ['يونيو الماضي', UNRESOLVED],
      ['أمس', UNRESOLVED],
      ['يوم الإثنين', UNRESOLVED],
    ])
  })
})

describe('what looks like a date and is not', () => {
  it('leaves numbers that are counts, not years', () => {
    expect(dates('يعمل في الشركة 2000 موظف موزعين في 1500 موقع.')).toEqual([])
    expect(dates('بلغت الإيرادات 2018 مليون دولار.')).toEqual([])
  })

  it('leaves a Hijri year off the Gregorian line', () => {
    expect(dates('صدر المرسوم عام 1439 هـ وعُدّل في 12 رمضان 1440هـ.')).toEqual([])
  })

  it('guards month names that are also words or names', () => {
    expect(dates('يمكن تنزيل التطبيق من آب ستور مجانًا.')).toEqual([])
    expect(dates('قال الأب إن ابنه سافر.')).toEqual([])
    expect(dates('أعلنت شركة نيسان عن سيارة جديدة، وزار الوفد مايو كلينك في مايو كلينك.')).toEqual([])
    expect(dates('مارس الرياضة سنوات طويلة.')).toEqual([])
    expect(dates('صدرت النتائج في شهر آب، ثم في نيسان.')).toEqual([
      ['آب', yearless('--08')],
      ['نيسان', yearless('--04')],
    ])
  })

  it('reads a year after "منذ" whatever follows, unless it is a time unit', () => {
    expect(dates('تأهل للمرة الأولى منذ 1994 إثر فوزه، في مدينة عمرها منذ 1500 عام.')).toEqual([['1994', year('1994')]])
  })

  it('reads the two names of a month written side by side', () => {
    expect(dates('بلغ السهم أعلى سعر له في يناير كانون الثاني الماضي.', '2018-04-10')).toEqual([
      ['يناير كانون الثاني الماضي', month('2018-01', true)],
    ])
  })

  it('leaves weekdays and "today" that are not dates', () => {
    expect(dates('تصل التحديثات على مدار اليوم، كما ذكرت صحيفة عين اليوم.', '2018-03-08')).toEqual([])
    expect(dates('بعد صلاة الجمعة احتفل الناس باليوم العالمي للمرأة وفي اليوم الأول للمهرجان.', '2018-03-08')).toEqual([])
  })
})
