import { useMemo, useState, type ReactNode } from 'react'
import type { Entity } from '../../../../core/entities/types'
import { dominantDirection } from '../../../../core/text/bidi'
import type { NoteSummary } from '../../../../shared/api'
import { useI18n } from '../../i18n/I18nProvider'
import { mentionLabel } from './mention-search'
import { filterNotes } from './note-filter'
import { displayTitle, previewLines } from './note-summary'

interface Props {
  notes: readonly NoteSummary[] | null
  selectedId: string | null
  entityMap: ReadonlyMap<string, Entity>
  onSelect: (id: string) => void
  onNew: () => void
}

/** The notes, newest change first, with a filter over titles, text and linked entities' names. */
export function NoteList({ notes, selectedId, entityMap, onSelect, onNew }: Props): ReactNode {
  const i18n = useI18n()
  const [query, setQuery] = useState('')
  const shown = useMemo(() => (notes ? filterNotes(notes, query, entityMap) : []), [notes, query, entityMap])
  return (
    <nav className="note-list-pane" aria-labelledby="notes-heading">
      <div className="note-list-header">
        <h1 id="notes-heading">{i18n.t('notes.heading')}</h1>
        <span className="note-count">{i18n.plural('notes.count', notes?.length ?? 0)}</span>
        <button type="button" className="button" data-action="new-note" onClick={onNew}>
          {i18n.t('notes.new')}
        </button>
      </div>
      <input
        className="note-filter"
        type="search"
        name="filter"
        dir="auto"
        value={query}
        aria-label={i18n.t('notes.filter')}
        placeholder={i18n.t('notes.filterPlaceholder')}
        onChange={(e) => setQuery(e.currentTarget.value)}
      />
      {notes === null ? (
        <p className="empty">{i18n.t('app.loading')}</p>
      ) : notes.length === 0 ? (
        <p className="empty">{i18n.t('notes.empty')}</p>
      ) : shown.length === 0 ? (
        <p className="empty">{i18n.t('notes.noMatch')}</p>
      ) : (
        <ul className="note-list">
          {shown.map((note) => {
            const name = displayTitle(note)
            const linked = note.entityIds.map((id) => entityMap.get(id)).filter((e): e is Entity => e !== undefined)
            return (
              <li key={note.id}>
                <button
                  type="button"
                  className="note-item"
                  data-note-id={note.id}
                  aria-current={note.id === selectedId ? 'true' : undefined}
                  onClick={() => onSelect(note.id)}
                >
                  {name ? (
                    <bdi dir={dominantDirection(name)} className="note-item-title">
                      {name}
                    </bdi>
                  ) : (
                    <span className="note-item-title untitled">{i18n.t('notes.untitled')}</span>
                  )}
                  {previewLines(note).map((line, i) => (
                    <span key={i} className="note-item-line" dir={dominantDirection(line)}>
                      {line}
                    </span>
                  ))}
                  <span className="note-item-meta">
                    <time dateTime={note.updatedAt}>{i18n.formatDateTime(note.updatedAt)}</time>
                    {linked.map((e) => (
                      <bdi key={e.id} dir="auto" className="chip">
                        {mentionLabel(e)}
                      </bdi>
                    ))}
                  </span>
                </button>
              </li>
            )
          })}
        </ul>
      )}
    </nav>
  )
}
