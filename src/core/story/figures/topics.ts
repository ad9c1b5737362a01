import { stripClitics } from '../../entities/clitics'
import { normalizeKey } from '../../text/normalize'

/**
 * Cue words that say what a figure is about, by topic. Two amounts about the same companies are
 * the same thing only when they are the same kind of amount: Scale AI's 14.3 billion investment
 * and its 99 million army contract are two things, Meta's 100 and 300 million offers to researchers
 * one. The nearest cue in the figure's sentence gives its topic. Words are matched normalised, with
 * their clitics off ("بعروض" is عروض), in the forms news writes them.
 */
// prettier-ignore
const CUES: Readonly<Record<string, readonly string[]>> = {
  investment: ['استثمار', 'استثمارا', 'استثمارات', 'استثمر', 'استثمرت', 'يستثمر', 'تستثمر', 'ضخ', 'ضخت', 'invest', 'invested', 'investment'],
  acquisition: ['صفقة', 'استحواذ', 'استحوذت', 'استحوذ', 'شراء', 'اشترت', 'اشترى', 'acquisition', 'deal', 'acquire', 'acquired', 'bought'],
  pay: ['عرض', 'عروض', 'عروضا', 'عرضت', 'عرضا', 'مكافأة', 'مكافآت', 'تعويض', 'تعويضات', 'أجر', 'أجور', 'أجورا', 'راتب', 'رواتب', 'حزم', 'حزمة', 'offer', 'offers', 'pay', 'salary', 'salaries', 'bonus', 'bonuses', 'compensation'],
  contract: ['عقد', 'عقود', 'عقودا', 'contract', 'contracts'],
  revenue: ['إيرادات', 'عائدات', 'مبيعات', 'دخل', 'revenue', 'revenues', 'sales'],
  profit: ['أرباح', 'ربح', 'أرباحا', 'profit', 'profits', 'earnings'],
  loss: ['خسائر', 'خسارة', 'loss', 'losses'],
  valuation: ['تقييم', 'تقييمها', 'valuation', 'valued'],
  funding: ['تمويل', 'جولة', 'funding', 'round', 'raised'],
  spending: ['إنفاق', 'نفقات', 'ميزانية', 'تكلفة', 'تكاليف', 'spending', 'budget', 'cost', 'costs', 'capex'],
  share: ['حصة', 'ملكية', 'share', 'stake', 'ownership'],
  change: ['نمو', 'ارتفاع', 'زيادة', 'انخفاض', 'تراجع', 'ارتفعت', 'انخفضت', 'تراجعت', 'growth', 'rise', 'rose', 'fell', 'drop', 'increase', 'decrease'],
  layoffs: ['تسريح', 'سرحت', 'استغناء', 'layoffs', 'laid', 'cuts'],
  hiring: ['توظيف', 'وظفت', 'استقطاب', 'استقطبت', 'hire', 'hired', 'hiring', 'poached'],
}

export const topics = Object.keys(CUES)

const TOPIC_OF: ReadonlyMap<string, string> = new Map(Object.entries(CUES).flatMap(([topic, words]) => words.map((w) => [normalizeKey(w), topic] as const)))

/** The topic a normalised word cues, clitics stripped when needed, or undefined. */
export function topicOf(word: string): string | undefined {
  const direct = TOPIC_OF.get(word)
  if (direct) return direct
  for (const stem of stripClitics(word, 2)) {
    const topic = TOPIC_OF.get(stem)
    if (topic) return topic
  }
  return undefined
}
