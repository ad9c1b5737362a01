import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import type { Entity } from '../../../../core/entities/types'
import type { Attachment } from '../../../../core/store/notes'
import type { NoteInput, NoteSummary } from '../../../../shared/api'
import type { ApiError } from '../../../../shared/result'
import { useI18n } from '../../i18n/I18nProvider'
import { api } from '../../lib/api'
import { NoteEditor } from './NoteEditor'
import { NoteList } from './NoteList'
import { byUpdated, summaryOf } from './note-summary'
import { NoteLinksContext } from './note-links'
import { SaveLedger } from './save-ledger'

export interface NotesViewProps {
  entities: readonly Entity[]
  /** The note to open first, if any. */
  initialNoteId: string | null
  /** Create a new note attached to this (an entity, an article or a highlight) when the view opens. */
  attach: Attachment | null
  onOpenEntity: (id: string) => void
  /** Opens an article a note is attached to. */
  onOpenArticle?: (articleId: string) => void
  onError: (error: ApiError) => void
  toast: (message: string) => void
}

const EMPTY_BODY = { type: 'doc', content: [{ type: 'paragraph' }] }

/** Notes: the list beside the editor of the selected note. */
export function NotesView(props: NotesViewProps): ReactNode {
  const { onOpenArticle } = props
  const links = useMemo(() => (onOpenArticle ? { openArticle: onOpenArticle } : null), [onOpenArticle])
  return (
    <NoteLinksContext.Provider value={links}>
      <NotesViewBody {...props} />
    </NoteLinksContext.Provider>
  )
}

function NotesViewBody({ entities, initialNoteId, attach, onOpenEntity, onError, toast }: NotesViewProps): ReactNode {
  const i18n = useI18n()
  const [notes, setNotes] = useState<NoteSummary[] | null>(null)
  const [selectedId, setSelectedId] = useState<string | null>(initialNoteId)
  const [fresh, setFresh] = useState<string | null>(null)
  const [ledger] = useState(() => new SaveLedger())
  const entityMap = useMemo(() => new Map(entities.map((e) => [e.id, e])), [entities])

  useEffect(() => {
    let live = true
    void api.listNotes().then((result) => {
      if (!live) return
      if (result.ok) setNotes((known) => mergeLists(result.value, known))
      else onError(result.error)
    })
    return () => {
      live = false
    }
  }, [onError])

  const create = useCallback(
    async (attachments: Attachment[]): Promise<void> => {
      const input: NoteInput = { title: '', body: EMPTY_BODY, attachments }
      const result = await api.createNote(input)
      if (!result.ok) return onError(result.error)
      const note = result.value
      setNotes((list) => [summaryOf(note.id, note, note.updatedAt), ...(list ?? []).filter((n) => n.id !== note.id)])
      setFresh(note.id)
      setSelectedId(note.id)
    },
    [onError],
  )

  // A note "about" something (from an entity page, an article, a highlight) is created once, even
  // when React runs this effect twice in development.
  const attached = useRef(false)
  useEffect(() => {
    if (!attach || attached.current) return
    attached.current = true
    void create([attach])
  }, [attach, create])

  const onSaved = useCallback((id: string, input: NoteInput, updatedAt: string) => {
    setNotes((list) => (list ? list.map((n) => (n.id === id ? summaryOf(id, input, updatedAt) : n)).sort(byUpdated) : list))
  }, [])

  const onDeleted = useCallback(
    (id: string) => {
      setNotes((list) => (list ? list.filter((n) => n.id !== id) : list))
      setSelectedId((current) => (current === id ? null : current))
      toast(i18n.t('notes.deleted'))
    },
    [toast, i18n],
  )

  return (
    <main className="reader notes-view" id="reader" tabIndex={-1}>
      <NoteList notes={notes} selectedId={selectedId} entityMap={entityMap} onSelect={setSelectedId} onNew={() => void create([])} />
      <section className="note-pane" aria-label={i18n.t('notes.editor')}>
        {selectedId ? (
          <NoteEditor
            key={selectedId}
            noteId={selectedId}
            entities={entities}
            entityMap={entityMap}
            ledger={ledger}
            focusBody={fresh === selectedId}
            onSaved={onSaved}
            onDeleted={onDeleted}
            onOpenEntity={onOpenEntity}
            onError={onError}
          />
        ) : (
          <p className="notes-placeholder">{i18n.t('notes.pickOne')}</p>
        )}
      </section>
    </main>
  )
}

/** The list from the backend, keeping a note created meanwhile that it did not know yet. */
function mergeLists(fetched: NoteSummary[], known: NoteSummary[] | null): NoteSummary[] {
  const ids = new Set(fetched.map((n) => n.id))
  return [...fetched, ...(known ?? []).filter((n) => !ids.has(n.id))].sort(byUpdated)
}
