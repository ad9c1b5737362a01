import type { ReactNode } from 'react'
import type { Entity } from '../../../../../core/entities/types'
import type { ArticleSummary } from '../../../../../shared/api'
import { useI18n } from '../../../i18n/I18nProvider'
import { toggled } from '../../../lib/toggled'
import { entityLabel } from '../../entities/entity-names'
import { COLORS } from '../../highlights/colors'
import { scopeKinds, type ScopeForm } from './graph-scope'

interface Props {
  form: ScopeForm
  articles: readonly ArticleSummary[]
  entities: readonly Entity[]
  onChange: (form: ScopeForm) => void
}

/** Which part of the library the graph counts: all of it, chosen articles, or the articles holding highlights of a colour or a tag. */
export function GraphScope({ form, articles, entities, onChange }: Props): ReactNode {
  const i18n = useI18n()
  return (
    <fieldset className="graph-scope">
      <legend>{i18n.t('graph.scope')}</legend>
      {scopeKinds.map((kind) => (
        <label key={kind}>
          <input type="radio" name="graph-scope" value={kind} checked={form.kind === kind} onChange={() => onChange({ ...form, kind })} />
          {i18n.t(`graph.scope.${kind}`)}
        </label>
      ))}
      {form.kind === 'articles' ? (
        <ul className="graph-scope-articles" aria-label={i18n.t('graph.scope.articles')}>
          {articles.map((a) => (
            <li key={a.id}>
              <label>
                <input
                  type="checkbox"
                  name="graph-article"
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
      {form.kind === 'colors' ? (
        <div className="graph-scope-colors" role="group" aria-label={i18n.t('graph.scope.colors')}>
          {COLORS.map((color) => (
            <label key={color}>
              <input
                type="checkbox"
                name="graph-color"
                value={color}
                checked={form.colors.includes(color)}
                onChange={(e) => onChange({ ...form, colors: toggled(form.colors, color, e.currentTarget.checked) })}
              />
              <span className={`swatch hl-${color}`} aria-hidden="true" />
              {i18n.t(`color.${color}`)}
            </label>
          ))}
        </div>
      ) : null}
      {form.kind === 'tag' ? (
        <label>
          {i18n.t('graph.scope.tagPick')}{' '}
          <select name="graph-tag" value={form.tagId ?? ''} onChange={(e) => onChange({ ...form, tagId: e.currentTarget.value || null })}>
            <option value="">—</option>
            {entities.map((e) => (
              <option key={e.id} value={e.id}>
                {entityLabel(e)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
    </fieldset>
  )
}
