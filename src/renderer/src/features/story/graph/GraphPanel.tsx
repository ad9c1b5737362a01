import { useMemo, useState, type ReactNode } from 'react'
import { useI18n } from '../../../i18n/I18nProvider'
import { entityLabel } from '../../entities/entity-names'
import type { StoryPanelProps } from '../story-props'
import { GraphCanvas, type Renderer } from './GraphCanvas'
import { GraphControls } from './GraphControls'
import { GraphList } from './GraphList'
import { GraphScope } from './GraphScope'
import { scopeOf, wholeLibrary, type ScopeForm } from './graph-scope'
import { useRelationGraph, type GraphQuery } from './useRelationGraph'

/**
 * The story's relation graph: who is mentioned with whom, over the whole library or a scope of it
 * (chosen articles, highlights of a colour or a tag), around the entity in focus (one or two steps),
 * filtered by type and by the fewest shared paragraphs. Drawn with sigma.js when the browser's WebGL2 draws it right (else plainly on a 2D canvas, and said so),
 * and always listed in a table below (the keyboard's and the screen reader's view of the same data).
 */
export function GraphPanel({ entities, library, entityId, onFocusEntity, onOpenEntity, onError }: StoryPanelProps): ReactNode {
  const i18n = useI18n()
  const [filters, setFilters] = useState<Omit<GraphQuery, 'around'>>({ steps: 1, types: [], minWeight: 1 })
  const [scopeForm, setScopeForm] = useState<ScopeForm>(wholeLibrary)
  const held = useMemo(() => ({ articles: new Set(library.articles.map((a) => a.id)), entities: new Set(entities.map((e) => e.id)) }), [library, entities])
  const scope = scopeOf(scopeForm, held)
  const query: GraphQuery = { ...filters, around: entityId }
  const graph = useRelationGraph(query, scope, library, onError)
  const focused = entityId ? entities.find((e) => e.id === entityId) : undefined
  const [renderer, setRenderer] = useState<Renderer>('sigma')

  return (
    <div className="graph-panel" aria-busy={scope !== null && graph === null}>
      <GraphControls query={query} focusName={focused ? entityLabel(focused) : null} onChange={({ around: _, ...rest }) => setFilters(rest)}>
        <GraphScope form={scopeForm} articles={library.articles} entities={entities} onChange={setScopeForm} />
      </GraphControls>
      {scope === null ? (
        <p className="story-empty" data-state="unscoped">
          {i18n.t('graph.scope.none')}
        </p>
      ) : graph === null ? (
        <p className="story-empty">{i18n.t('graph.loading')}</p>
      ) : graph.edges.length === 0 ? (
        <p className="story-empty" data-state="empty">
          {i18n.t('graph.empty')}
        </p>
      ) : (
        <>
          <p className="graph-count" data-nodes={graph.nodes.length} data-edges={graph.edges.length}>
            {i18n.t('graph.count', { nodes: graph.nodes.length, edges: graph.edges.length })}
            {graph.total.edges > graph.edges.length ? ` · ${i18n.t('graph.capped', { shown: graph.edges.length, total: graph.total.edges })}` : ''}
          </p>
          {renderer === 'plain' ? (
            <p className="graph-plain" role="status">
              {i18n.t('graph.plain')}
            </p>
          ) : null}
          <GraphCanvas graph={graph} focusId={entityId} label={i18n.t('graph.canvas')} onOpenEntity={onOpenEntity} onRenderer={setRenderer} />
          <GraphList graph={graph} onOpenEntity={onOpenEntity} onFocusEntity={onFocusEntity} />
        </>
      )}
    </div>
  )
}
