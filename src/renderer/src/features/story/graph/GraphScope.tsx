import type { ReactNode } from 'react'
import type { Entity } from '../../../../../core/entities/types'
import type { ArticleSummary } from '../../../../../shared/api'
import { useI18n } from '../../../i18n/I18nProvider'
import { ArticleChecklist } from '../../../ui/ArticleChecklist'
import { ColorChecklist } from '../../../ui/ColorChecklist'
import { entityLabel } from '../../entities/entity-names'
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
        <ArticleChecklist
          articles={articles}
          chosen={form.articleIds}
          name="graph-article"
          label={i18n.t('graph.scope.articles')}
          className="graph-scope-articles"
          onChange={(articleIds) => onChange({ ...form, articleIds })}
        />
      ) : null}
      {form.kind === 'colors' ? (
        <ColorChecklist
          chosen={form.colors}
          name="graph-color"
          label={i18n.t('graph.scope.colors')}
          className="graph-scope-colors"
          onChange={(colors) => onChange({ ...form, colors })}
        />
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
