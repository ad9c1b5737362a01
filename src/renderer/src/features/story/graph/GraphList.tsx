import type { ReactNode } from 'react'
import type { RelationGraphView } from '../../../../../shared/api'
import { useI18n } from '../../../i18n/I18nProvider'
import { TypeSwatch } from './TypeSwatch'

interface Props {
  graph: RelationGraphView
  onOpenEntity: (id: string) => void
  onFocusEntity: (id: string) => void
}

/** Ties listed per entity: at most this many, the strongest. */
const TIES_LISTED = 5

/**
 * The same graph as a table, for the keyboard and screen readers (and when WebGL is missing): each
 * entity with its type, mentions, articles and strongest ties; every name is a button that opens
 * the entity's page (Enter or Space), and "focus" redraws the graph around it.
 */
export function GraphList({ graph, onOpenEntity, onFocusEntity }: Props): ReactNode {
  const i18n = useI18n()
  const labelOf = new Map(graph.nodes.map((n) => [n.id, n.label]))
  const ties = new Map<string, { id: string; weight: number }[]>()
  for (const e of graph.edges) {
    ties.set(e.source, [...(ties.get(e.source) ?? []), { id: e.target, weight: e.weight }])
    ties.set(e.target, [...(ties.get(e.target) ?? []), { id: e.source, weight: e.weight }])
  }
  const rows = [...graph.nodes].sort((a, b) => b.mentions - a.mentions || a.label.localeCompare(b.label))
  return (
    <table className="graph-list">
      <caption>{i18n.t('graph.list')}</caption>
      <thead>
        <tr>
          <th scope="col">{i18n.t('graph.col.entity')}</th>
          <th scope="col">{i18n.t('graph.col.type')}</th>
          <th scope="col">{i18n.t('graph.col.mentions')}</th>
          <th scope="col">{i18n.t('graph.col.articles')}</th>
          <th scope="col">{i18n.t('graph.col.ties')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((n) => (
          <tr key={n.id} data-entity-id={n.id}>
            <th scope="row">
              <button type="button" className="link-button" onClick={() => onOpenEntity(n.id)} data-action="open-entity">
                <bdi>{n.label}</bdi>
              </button>{' '}
              <button type="button" className="button small" onClick={() => onFocusEntity(n.id)} data-action="focus-entity" aria-label={`${i18n.t('graph.focus')}: ${n.label}`}>
                {i18n.t('graph.focus')}
              </button>
            </th>
            <td>
              <TypeSwatch type={n.type} /> {i18n.t(`entity.type.${n.type}`)}
            </td>
            <td>{i18n.formatNumber(n.mentions)}</td>
            <td>{i18n.formatNumber(n.articles)}</td>
            <td>
              <ul className="graph-ties">
                {(ties.get(n.id) ?? []).slice(0, TIES_LISTED).map((t) => (
                  <li key={t.id}>
                    <button type="button" className="link-button" onClick={() => onOpenEntity(t.id)}>
                      <bdi>{labelOf.get(t.id) ?? t.id}</bdi>
                    </button>
                    : {i18n.formatNumber(t.weight)}
                  </li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
