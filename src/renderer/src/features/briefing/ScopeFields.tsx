import type { ReactNode } from 'react'
import type { Entity } from '../../../../core/entities/types'
import { ArticleChecklist } from '../../ui/ArticleChecklist'
import { ColorChecklist } from '../../ui/ColorChecklist'
import type { ArticleSummary } from '../../../../shared/api'
import { useI18n } from '../../i18n/I18nProvider'
import { EntityPicker } from '../entities/EntityPicker'
import { entityLabel } from '../entities/entity-names'
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
        <ArticleChecklist
          articles={articles}
          chosen={form.articleIds}
          name="briefing-article"
          label={i18n.t('briefing.scope.articles')}
          className="briefing-articles"
          choiceClassName="choice"
          onChange={(articleIds) => onChange({ ...form, articleIds })}
        />
      ) : null}
      {form.kind === 'highlights' ? (
        <>
          <ColorChecklist
            chosen={form.colors}
            name="briefing-color"
            label={i18n.t('briefing.colors')}
            className="briefing-colors"
            choiceClassName="choice"
            onChange={(colors) => onChange({ ...form, colors })}
          />
          <EntityChoice ids={form.tagIds} entities={entities} label={i18n.t('briefing.tags')} onChange={(tagIds) => onChange({ ...form, tagIds })} />
        </>
      ) : null}
    </fieldset>
  )
}
