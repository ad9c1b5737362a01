import { describe, expect, it } from 'vitest'
import { discoverNames } from '../../../src/core/entities/discovery/discover'
import { MentionIndex } from '../../../src/core/entities/mention-index'
import { testLexicon } from '../../support/lexicon'
import { discover, named, names } from './discover-texts'
import { entity } from './make-entity'

/**
 * Entity discovery on sentences written like the Arabic news where issue 10 found each gap: every
 * finding of the issue is one case. The texts are ours (the real articles stay outside the
 * repository); the word list is the real one.
 */
describe('entity discovery', () => {
  it('finds Arabic-script organisations with no title word before them, once they recur', () => {
    const found = discover([
      'أعلنت فيسبوك اليوم عن ميزة جديدة، وقالت إن المستخدمين سيرونها قريبا.',
      'ويستخدم فيسبوك حاليا معالجات من إنتل في مراكز بياناته.',
      'وتعمل إنتل على رقاقة جديدة للذكاء الاصطناعي.',
    ])
    expect(named(found, 'فيسبوك')?.type).toBe('org')
    expect(named(found, 'إنتل')?.type).toBe('org')
    expect(named(found, 'فيسبوك')?.occurrences).toHaveLength(2)
  })

  it('finds people after a verb of saying and before their title, as people', () => {
    const found = discover([
      'وقال ديميس هسابيس، الشريك المؤسس للمختبر، إن النتائج مشجعة.',
      'وأوضح تيم كوك الرئيس التنفيذي للشركة أن المبيعات ارتفعت.',
      'وكتب بيتر فليشر المستشار في الشركة مقالا طويلا.',
    ])
    for (const person of ['ديميس هسابيس', 'تيم كوك', 'بيتر فليشر']) expect(named(found, person)?.type, person).toBe('person')
    expect(named(found, 'ديميس هسابيس')?.signals).toContain('speech-verb')
  })

  it('reads السيناتور، النائب، الملك، الأمير and الشيخ as titles', () => {
    const found = discover([
      'وطالب السيناتور تشاك غراسلي بجلسة استماع، فيما دعا النائب فرانك بالون إلى التحقيق.',
      'واستقبل الملك عبدالله الثاني، وحضر الأمير سلمان بن حمد والشيخ صباح الأحمد الصباح اللقاء.',
    ])
    for (const person of ['تشاك غراسلي', 'فرانك بالون', 'عبدالله الثاني', 'سلمان بن حمد'])
      expect(named(found, person)?.type, person).toBe('person')
  })

  it('finds places and institutions from the gazetteers', () => {
    const found = discover([
      'زار الوفد الولايات المتحدة وبريطانيا والصين، ثم لندن ودبي، قبل جلسة في الكونغرس ومجلس الشيوخ ومحكمة العدل الأوروبية.',
    ])
    for (const place of ['الولايات المتحدة', 'بريطانيا', 'الصين', 'لندن', 'دبي']) expect(named(found, place)?.type, place).toBe('place')
    for (const body of ['الكونغرس', 'مجلس الشيوخ', 'محكمة العدل الأوروبية']) expect(named(found, body)?.type, body).toBe('org')
  })

  it('does not read مالي ("financial") as Mali', () => {
    expect(names(discover(['وأعلنت الشركة عن دعم مالي كبير للباحثين، وعن دعم مالي آخر العام المقبل.']))).not.toContain('مالي')
  })

  it('finds products named after a kind word, with their numbers', () => {
    const found = discover(['وأطلقت الشركة خدمة أزور الجديدة مع برنامج أوفيس 365، إلى جانب تطبيق “واتساب”.'])
    expect(named(found, 'أزور')?.type).toBe('product')
    expect(named(found, 'واتساب')?.type).toBe('product')
    expect(names(found)).toContain('أوفيس 365')
  })

  it('splits a list into its members ("إنتل وكوالكوم")', () => {
    const found = discover(['وتنافس الشركة صانعي الرقاقات مثل إنتل وكوالكوم في هذا المجال.'])
    expect(names(found)).toEqual(expect.arrayContaining(['إنتل', 'كوالكوم']))
    expect(names(found)).not.toContain('إنتل وكوالكوم')
    expect(named(found, 'كوالكوم')?.signals).toContain('coordination')
  })

  it('finds a short Latin acronym next to an Arabic kind word', () => {
    const found = discover(['وقالت قناة CNN إن الاجتماع انتهى، بينما نقلت صحيفة BBC الخبر.'])
    expect(named(found, 'CNN')?.type).toBe('org')
  })

  it('takes a Latin gloss beside an Arabic name as the same entity', () => {
    const found = discover(['وأطلقت الشركة خدمة فيسبوك لايف Facebook Live العام الماضي، ثم حسنت فيسبوك لايف كثيرا.'])
    const live = named(found, 'فيسبوك لايف')
    expect(live?.aliases).toContain('Facebook Live')
    expect(names(found)).not.toContain('Facebook Live')
    expect(live?.occurrences.map((o) => o.start)).toHaveLength(3)
  })

  it('never suggests phrases of the sentence seen after a title, nor an Arabised common noun', () => {
    const found = discover([
      'وقال المدير التنفيذي بشأن مراحل المشروع إن العمل مستمر.',
      'وأشار الرئيس التنفيذي لمشروع نيوم إلى أن المدينة ستكتمل. ويضم نيوم مناطق عدة.',
      'وتحدث الكاتب عن عالم يغلب فيها الفنتازيا على الواقع.',
    ])
    const all = names(found).join(' | ')
    expect(all).not.toMatch(/بشأن|مراحل|لمشروع|الفنتازيا/)
    expect(names(found)).toContain('نيوم')
  })

  it('keeps proclitics out of names ("لبي بي سي" → "بي بي سي", "للتلغراف" → "التلغراف")', () => {
    const found = discover([
      'وقال متحدث لبي بي سي إن التحقيق بدأ. وأكدت بي بي سي الخبر.',
      'ونشرت صحيفة التلغراف البريطانية الوثائق، وقال الخبير للتلغراف إنها صحيحة.',
    ])
    expect(names(found)).toContain('بي بي سي')
    expect(names(found)).not.toContain('لبي بي سي')
    const telegraph = named(found, 'التلغراف')
    expect(telegraph?.occurrences).toHaveLength(2)
  })

  it('strips a proclitic only when the bare form is attested: "لسامسونغ" → "سامسونغ", but "بريطانيا" keeps its ب', () => {
    const found = discover(['وباعت سامسونغ أكثر من المتوقع.', 'ووفقا لسامسونغ فإن الطلب كبير في بريطانيا.'])
    expect(named(found, 'سامسونغ')?.occurrences).toHaveLength(2)
    expect(names(found)).toContain('بريطانيا')
  })

  it('does not make a one-off unknown word (a typo) a name, but does once it recurs in another text', () => {
    expect(names(discover(['ويرى الخبراء ان الامر يتطلب مزيدا من التفكرر في العواقب.']))).not.toContain('التفكرر')
    expect(names(discover(['وتعمل زيمبريوم على حماية الهواتف.']))).not.toContain('زيمبريوم')
    expect(names(discover(['وتعمل زيمبريوم على حماية الهواتف.', 'وكشفت زيمبريوم عن ثغرة جديدة.']))).toContain('زيمبريوم')
  })

  it('keeps "Google Play" and "Google Now" whole around a known "Google"', () => {
    const google = entity('google', { type: 'org', nameAr: 'جوجل', nameLatin: 'Google' })
    const found = discover(['وأتاحت الشركة التطبيق على متجر Google Play ومساعد Google Now منذ العام الماضي.'], [google])
    expect(names(found)).toEqual(expect.arrayContaining(['Google Play', 'Google Now']))
    expect(names(found)).not.toContain('Play')
    expect(names(found)).not.toContain('Now')
  })

  it('never proposes what the registry knows, nor a name the user ignored', () => {
    const meta = entity('meta', { type: 'org', nameAr: 'ميتا', nameLatin: 'Meta' })
    const texts = ['وقالت ميتا إن سامسونغ شريك مهم.', 'وتعاونت ميتا مع سامسونغ مجددا.']
    expect(names(discover(texts, [meta]))).not.toContain('ميتا')
    const index = new MentionIndex([meta])
    const ignored = discoverNames(
      texts.map((text) => ({ text, known: index.find(text) })),
      { lexicon: testLexicon(), ignored: new Set(['سامسونغ']) },
    )
    expect(names(ignored)).not.toContain('سامسونغ')
  })

  it('gives every candidate a type and the signals that found it, and every occurrence is the name as written', () => {
    const texts = ['وقال ديميس هسابيس إن ديب مايند ستنشر النتائج. وأضاف هسابيس أن الفريق يعمل في لندن.']
    for (const n of discover(texts)) {
      expect(['person', 'org', 'product', 'place', 'other']).toContain(n.type)
      expect(n.signals.length).toBeGreaterThan(0)
      for (const o of n.occurrences) expect([n.name, ...n.aliases]).toContain(texts[o.text]!.slice(o.start, o.end))
    }
    // The surname alone is the same person.
    expect(named(discover(texts), 'ديميس هسابيس')?.occurrences).toHaveLength(2)
  })

  it('proposes that a new spelling of a known person is that person (transliteration-aware)', () => {
    const lecun = entity('lecun', { type: 'person', nameAr: 'يان ليكون', nameLatin: 'Yann LeCun' })
    const found = discover(['وقال يان لكون، كبير العلماء، إن النماذج الحالية محدودة.'], [lecun])
    const proposal = named(found, 'يان لكون')
    expect(proposal?.sameAs).toEqual({ entityId: 'lecun', name: 'يان ليكون' })
  })

  it('proposes that an Arabic name and its Latin spelling in the same texts are one entity', () => {
    const found = discover(['وانضم ألكسندر وانغ، مؤسس الشركة، إلى الفريق. وكتب Alexandr Wang على حسابه أنه متحمس.'])
    expect(named(found, 'Alexandr Wang')?.sameAs).toEqual({ name: 'ألكسندر وانغ' })
    expect(named(found, 'ألكسندر وانغ')?.sameAs).toBeUndefined()
  })
})
