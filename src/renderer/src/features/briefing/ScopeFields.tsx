import type { ReactNode } from 'react'
import type { Entity } from '../../../../core/entities/types'
import { COLORS } from '../highlights/colors'
import type { ArticleSummary } from '../../../../shared/api'
import { useI18n } from '../../i18n/I18nProvider'
import { EntityPicker } from '../entities/EntityPicker'
import { entityLabel } from '../entities/entity-names'
import { toggled } from '../../lib/toggled'
import type { ExportForm } from './export-form'

interface Props {
  form: ExportForm
  entities: readonly Entity[]
  articles: readonly ArticleSummary[]
  onChange: (form: ExportForm) => void
}

const KINDS: readonly ExportForm['kind'][] = ['entities', 'articles', 'highlights', 'everything']

/** Chosen entities as removable chips, and a picker to add more. */
function EntityChoice({ ids, entities, onChange, label }: { ids: string[]; entities: readonly Entity[]; onChange: (ids: string[]) => void; label: string }): ReactNode {
  const i18n = useI18n()
  const byId = new Map(entities.map((e) => [e.id, e]))
  return (
    <div className="briefing-entities" role="group" aria-label={label}>
      <ul className="briefing-chips">
        {ids.map((id) => {
          const name = byId.get(id) ? entityLabel(byId.get(id) as Entity) : id
          return (
            <li key={id} data-entity-id={id}>
              <bdi dir="auto">{name}</bdi>
              <button type="button" className="chip-remove" aria-label={i18n.t('briefing.remove', { name })} onClick={() => onChange(ids.filter((x) => x !== id))}>
                ×
              </button>
            </li>
          )
        })}
      </ul>
      {ids.length === 0 ? <p className="muted">{i18n.t('briefing.noEntities')}</p> : null}
      <EntityPicker entities={entities} exclude={ids} compact onPick={(e) => onChange([...ids, e.id])} />
    </div>
  )
}

/** What the briefing covers: chosen entities, chosen articles, highlights by colour or tag, or everything. */
export function ScopeFields({ form, entities, articles, onChange }: Props): ReactNode {
  const i18n = useI18n()
  return (
    <fieldset className="setting briefing-scope">
      <legend>{i18n.t('briefing.scope')}</legend>
      <div className="briefing-kinds">
        {KINDS.map((kind) => (
          <label key={kind} className="choice">
            <input type="radio" name="briefing-scope" value={kind} checked={form.kind === kind} onChange={() => onChange({ ...form, kind })} />
            {i18n.t(`briefing.scope.${kind}`)}
          </label>
        ))}
      </div>
      {form.kind === 'entities' ? (
        <EntityChoice ids={form.entityIds} entities={entities} label={i18n.t('briefing.scope.entities')} onChange={(entityIds) => onChange({ ...form, entityIds })} />
      ) : null}
      {form.kind === 'articles' ? (
        <ul className="briefing-articles" aria-label={i18n.t('briefing.scope.articles')}>
          {articles.map((a) => (
            <li key={a.id}>
              <label className="choice">
                <input
                  type="checkbox"
                  name="briefing-article"
                  value={a.id}
                  checked={form.articleIds.includes(a.id)}
                  onChange={(e) => onChange({ ...form, articleIds: toggled(form.articleIds, a.id, e.currentTarget.checked) })}
                />
                <bdi dir={a.meta.titleDir}>{a.meta.title}</bdi>
              </label>
            </li>
          ))}
        </ul>
      ) : null}
      {form.kind === 'highlights' ? (
        <>
          <div className="briefing-colors" role="group" aria-label={i18n.t('briefing.colors')}>
            {COLORS.map((color) => (
              <label key={color} className="choice">
                <input
                  type="checkbox"
                  name="briefing-color"
                  value={color}
                  checked={form.colors.includes(color)}
                  onChange={(e) => onChange({ ...form, colors: toggled(form.colors, color, e.currentTarget.checked) })}
                />
                <span className={`swatch hl-${color}`} aria-hidden="true" />
                {i18n.t(`color.${color}`)}
              </label>
            ))}
          </div>
          <EntityChoice ids={form.tagIds} entities={entities} label={i18n.t('briefing.tags')} onChange={(tagIds) => onChange({ ...form, tagIds })} />
        </>
      ) : null}
    </fieldset>
  )
}
