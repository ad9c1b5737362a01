import type { Backend } from '../../../src/backend/backend'

export const A001 = '001_acbe007552a08bad'
export const A002 = '002_ac22526983ea9195'

/** Offsets of `from` … the end of `to` (searched after it) in an article. */
export function passage(backend: Backend, articleId: string, from: string, to: string): { start: number; end: number } {
  const text = backend.article(articleId)?.text ?? ''
  const start = text.indexOf(from)
  const end = text.indexOf(to, start) + to.length
  if (start < 0 || end <= start) throw new Error(`not in ${articleId}: ${from} … ${to}`)
  return { start, end }
}

/** Two highlights about Scale AI: Arabic with "Scale AI" and "14.3" inside, and one that opens with a Latin name. */
export async function addScaleAiHighlights(backend: Backend): Promise<{ mixed: { start: number; end: number }; latinFirst: { start: number; end: number } }> {
  const mixed = passage(backend, A001, 'شركة ميتا وشركة Scale AI', 'قدره 14.3 مليار دولار')
  const latinFirst = passage(backend, A002, 'Meta Superintelligence Labs (MSL)', 'مؤسس Scale AI')
  for (const [articleId, range, comment] of [
    [A001, mixed, 'استثمار ضخم (14.3 مليار) في Scale AI'],
    [A002, latinFirst, 'The lab is led by Wang (see 3).'],
  ] as const) {
    const created = await backend.highlights.create({ articleId, ...range, color: 'yellow', comment })
    if (!created.ok) throw new Error(created.error.message)
  }
  return { mixed, latinFirst }
}
