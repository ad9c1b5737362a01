import type { ReactNode } from 'react'
import type { ArticleSummary } from '../../../shared/api'
import { toggled } from '../lib/toggled'

interface Props {
  articles: readonly ArticleSummary[]
  chosen: readonly string[]
  /** The inputs' name (forms and tests find them by it). */
  name: string
  label: string
  className: string
  choiceClassName?: string
  onChange(chosen: string[]): void
}

/** A checkbox per article, its title isolated in its own direction: the export dialog's and the relation graph's choice of articles. */
export function ArticleChecklist({ articles, chosen, name, label, className, choiceClassName, onChange }: Props): ReactNode {
  return (
    <ul className={className} aria-label={label}>
      {articles.map((a) => (
        <li key={a.id}>
          <label className={choiceClassName}>
            <input type="checkbox" name={name} value={a.id} checked={chosen.includes(a.id)} onChange={(e) => onChange(toggled(chosen, a.id, e.currentTarget.checked))} />
            <bdi dir={a.meta.titleDir}>{a.meta.title}</bdi>
          </label>
        </li>
      ))}
    </ul>
  )
}
