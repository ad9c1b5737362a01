import { useEffect, useState, type ReactNode } from 'react'
import type { Entity } from '../../../../core/entities/types'
import type { Note } from '../../../../core/store/notes'
import type { NoteInput } from '../../../../shared/api'
import type { ApiError } from '../../../../shared/result'
import { useI18n } from '../../i18n/I18nProvider'
import { api } from '../../lib/api'
import { EditableNote } from './EditableNote'
import { checkBody, type LoadCheck } from './load-check'
import { ReadOnlyNote } from './ReadOnlyNote'
import type { SaveLedger } from './save-ledger'

interface Props {
  noteId: string
  entities: readonly Entity[]
  entityMap: ReadonlyMap<string, Entity>
  ledger: SaveLedger
  focusBody: boolean
  onSaved: (id: string, input: NoteInput, updatedAt: string) => void
  onDeleted: (id: string) => void
  onOpenEntity: (id: string) => void
  onError: (error: ApiError) => void
}

type Loaded = { status: 'loading' } | { status: 'missing'; reason: string } | { status: 'open'; note: Note; check: LoadCheck }

/**
 * Opens one note: waits for its own saves still travelling, reads it, and decides whether the editor
 * can take its body (load-check.ts). A body it cannot take opens read-only, never "repaired".
 * Mounted with key={noteId}, so each note gets a fresh editor, undo history and autosave.
 */
export function NoteEditor({ noteId, entities, entityMap, ledger, focusBody, onSaved, onDeleted, onOpenEntity, onError }: Props): ReactNode {
  const i18n = useI18n()
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' })
  useEffect(() => {
    let live = true
    void (async () => {
      await ledger.settled(noteId)
      const result = await api.getNote(noteId)
      if (!live) return
      if (result.ok) setLoaded({ status: 'open', note: result.value, check: checkBody(result.value.body) })
      else setLoaded({ status: 'missing', reason: result.error.message })
    })()
    return () => {
      live = false
    }
  }, [noteId, ledger])

  const remove = async (): Promise<void> => {
    await ledger.settled(noteId)
    const result = await api.deleteNote(noteId)
    if (result.ok) onDeleted(noteId)
    else onError(result.error)
  }

  if (loaded.status === 'loading') return <p className="notes-placeholder">{i18n.t('app.loading')}</p>
  if (loaded.status === 'missing') {
    return (
      <p className="notes-placeholder" role="alert" dir="auto">
        {i18n.t('notes.notFound')} <bdi dir="ltr">{loaded.reason}</bdi>
      </p>
    )
  }
  const { note, check } = loaded
  if (!check.ok) {
    return <ReadOnlyNote note={note} reason={check.reason} entities={entities} entityMap={entityMap} onDelete={() => void remove()} onOpenEntity={onOpenEntity} />
  }
  return (
    <EditableNote
      note={note}
      doc={check.doc}
      entities={entities}
      entityMap={entityMap}
      ledger={ledger}
      focusBody={focusBody}
      onSaved={(input, at) => onSaved(noteId, input, at)}
      onDelete={() => void remove()}
      onUnloadable={(reason) => setLoaded({ status: 'open', note, check: { ok: false, reason } })}
      onOpenEntity={onOpenEntity}
    />
  )
}
