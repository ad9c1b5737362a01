import type { Article } from '../../core/corpus/types'
import type { FigureClaim } from '../../core/story/figures/types'
import type { FigureClaimView, FigureSourceView } from '../../shared/api'

/** Context shown on each side of a figure: enough to read the sentence, not a paragraph. */
const CONTEXT = 90

/** Up to `max` characters of `text` nearest the figure, cut at a space, with an ellipsis where cut. */
function trim(text: string, max: number, side: 'before' | 'after'): string {
  if (text.length <= max) return text
  if (side === 'before') {
    const cut = text.slice(text.length - max)
    const space = cut.indexOf(' ')
    return `…${space >= 0 ? cut.slice(space + 1) : cut}`
  }
  const cut = text.slice(0, max)
  const space = cut.lastIndexOf(' ')
  return `${space >= 0 ? cut.slice(0, space) : cut}…`
}

/** A claim as the figures view shows it: each source with its article's title and its sentence around the figure. */
export function claimView(claim: FigureClaim, articleOf: (id: string) => Article | undefined): FigureClaimView {
  return {
    ...claim,
    values: claim.values.map((v) => ({
      value: v.value,
      text: v.text,
      sources: v.sources.map((s): FigureSourceView => {
        const article = articleOf(s.articleId)
        const text = article?.text ?? ''
        return {
          articleId: s.articleId,
          title: article?.meta.title ?? s.articleId,
          start: s.start,
          end: s.end,
          text: s.text,
          before: trim(text.slice(s.sentence.start, s.start), CONTEXT, 'before'),
          after: trim(text.slice(s.end, s.sentence.end), CONTEXT, 'after'),
          times: s.times,
        }
      }),
    })),
  }
}
