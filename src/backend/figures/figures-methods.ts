import type { DaftarApi } from '../../shared/api'
import { ok } from '../../shared/result'
import type { Backend } from '../backend'
import { claimView } from './figures-view'

type FiguresMethods = Pick<DaftarApi, 'getFigures' | 'decideFigure' | 'undoFigureDecision'>

/** The story's figures methods of the API (arguments already validated). */
export function figuresMethods(backend: Backend): FiguresMethods {
  const { figures } = backend
  return {
    getFigures: async (query) => {
      const listed = figures.claims(query)
      if (!listed.ok) return listed
      const { claims, figures: found } = listed.value
      return ok({ claims: claims.map((c) => claimView(c, backend.article)), figures: found.length, articles: new Set(found.map((f) => f.articleId)).size })
    },
    decideFigure: async (input) => figures.decide(input),
    undoFigureDecision: async (id) => figures.undo(id),
  }
}
