import type { Figure, FigureRef } from './types'

/** A figure as a decision points at it. */
export const refOf = (f: Pick<Figure, 'articleId' | 'start' | 'end' | 'text'>): FigureRef => ({ articleId: f.articleId, start: f.start, end: f.end, quote: f.text })

/**
 * The figure a reference points at: in its article, with its wording, at its offsets — or, when
 * the text moved (a re-import, a registry change re-read the article), the same wording nearest to
 * where it was. Undefined when the article no longer says it.
 */
export function findRef(ref: FigureRef, figures: readonly Figure[]): Figure | undefined {
  let best: Figure | undefined
  let distance = Infinity
  for (const f of figures) {
    if (f.articleId !== ref.articleId || f.text !== ref.quote) continue
    const d = Math.abs(f.start - ref.start)
    if (d < distance) {
      best = f
      distance = d
    }
  }
  return best
}

export const sameRef = (a: FigureRef, b: FigureRef): boolean => a.articleId === b.articleId && a.start === b.start && a.end === b.end && a.quote === b.quote
