import type { ReactNode } from 'react'
import { entityTypes, type EntityType } from '../../../../../core/entities/types'
import { useI18n } from '../../../i18n/I18nProvider'
import { TypeSwatch } from './TypeSwatch'
import type { GraphQuery } from './useRelationGraph'

interface Props {
  query: GraphQuery
  /** The focused entity's name (the steps apply to it), or null for the whole library. */
  focusName: string | null
  onChange: (query: GraphQuery) => void
  /** The scope's choice, first in the group. */
  children?: ReactNode
}

/** The scope (given as children), steps around the focus, the types shown (each with its shape and colour: the graph's legend), the fewest shared paragraphs a tie needs. */
export function GraphControls({ query, focusName, onChange, children }: Props): ReactNode {
  const i18n = useI18n()
  const toggle = (type: EntityType): void => {
    const on = new Set(query.types.length > 0 ? query.types : entityTypes)
    if (on.has(type)) on.delete(type)
    else on.add(type)
    // Every type on is the same as no filter; none on would show nothing, so it is not allowed.
    if (on.size === 0) return
    onChange({ ...query, types: on.size === entityTypes.length ? [] : entityTypes.filter((t) => on.has(t)) })
  }
  const shown = (type: EntityType): boolean => query.types.length === 0 || query.types.includes(type)
  return (
    <div className="graph-controls" role="group" aria-label={i18n.t('graph.controls')}>
      {children}
      {focusName ? (
        <fieldset className="graph-steps">
          <legend>{i18n.t('graph.around', { name: focusName })}</legend>
          {([1, 2] as const).map((steps) => (
            <label key={steps}>
              <input type="radio" name="graph-steps" checked={query.steps === steps} onChange={() => onChange({ ...query, steps })} data-steps={steps} />
              {i18n.t(`graph.steps.${steps}`)}
            </label>
          ))}
        </fieldset>
      ) : null}
      <fieldset className="graph-types">
        <legend>{i18n.t('graph.types')}</legend>
        {entityTypes.map((t) => (
          <label key={t}>
            <input type="checkbox" checked={shown(t)} onChange={() => toggle(t)} data-type={t} />
            <TypeSwatch type={t} />
            {i18n.t(`entity.type.${t}`)}
          </label>
        ))}
      </fieldset>
      <label className="graph-weight">
        {i18n.t('graph.minWeight')}{' '}
        <input type="number" min={1} max={99} value={query.minWeight} onChange={(e) => onChange({ ...query, minWeight: Math.max(1, Math.min(99, Math.floor(Number(e.target.value)) || 1)) })} data-action="min-weight" />
      </label>
    </div>
  )
}
