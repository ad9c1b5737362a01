import { useState, type ReactNode } from 'react'
import type { Entity } from '../../../../core/entities/types'
import { dominantDirection } from '../../../../core/text/bidi'
import { mentionedEntities, plainText } from '../../../../core/notes/tiptap-json'
import type { Note } from '../../../../core/store/notes'
import { useI18n } from '../../i18n/I18nProvider'
import { Message } from '../../i18n/Message'
import { AttachmentBar } from './AttachmentBar'
import { DeleteNoteDialog } from './DeleteNoteDialog'

interface Props {
  note: Note
  /** Why the editor cannot take the body (technical, in English). */
  reason: string
  entities: readonly Entity[]
  entityMap: ReadonlyMap<string, Entity>
  onDelete: () => void
  onOpenEntity: (id: string) => void
}

/** The body as text a person can read: its words when it still looks like a document, else the stored value itself. */
export function rawTextOf(body: unknown): string {
  const text = plainText(body)
  if (text) return text
  if (typeof body === 'string') return body
  return JSON.stringify(body, null, 2) ?? String(body)
}

/**
 * A note whose stored body the editor cannot open. It is shown, not repaired: its text read-only,
 * the stored value on request, and a plain statement that nothing was changed. Nothing here saves,
 * so the file stays exactly as it was (delete remains possible, after confirmation).
 */
export function ReadOnlyNote({ note, reason, entities, entityMap, onDelete, onOpenEntity }: Props): ReactNode {
  const i18n = useI18n()
  const [confirming, setConfirming] = useState(false)
  const raw = rawTextOf(note.body)
  const stored = typeof note.body === 'string' ? note.body : (JSON.stringify(note.body, null, 2) ?? String(note.body))
  return (
    <article className="note-editor note-read-only" data-note-id={note.id} data-read-only="true">
      <div className="note-header">
        <h2 className="note-title note-title-static" dir={dominantDirection(note.title || i18n.t('notes.untitled'))}>
          {note.title || i18n.t('notes.untitled')}
        </h2>
      </div>
      <div className="note-unloadable" role="alert">
        <p className="note-unloadable-title">{i18n.t('notes.readOnlyTitle')}</p>
        <p>{i18n.t('notes.readOnlyBody')}</p>
        <p className="note-unloadable-reason">
          <Message k="notes.readOnlyReason" params={{ reason }} ltr={['reason']} />
        </p>
      </div>
      <pre className="note-raw" dir="auto" lang="ar" tabIndex={0} aria-label={i18n.t('notes.readOnlyText')}>
        {raw}
      </pre>
      {raw !== stored ? (
        <details className="note-stored">
          <summary>{i18n.t('notes.readOnlyRaw')}</summary>
          <pre dir="ltr">{stored}</pre>
        </details>
      ) : null}
      <AttachmentBar
        attachments={note.attachments}
        mentioned={mentionedEntities(note.body)}
        entities={entityMap}
        allEntities={entities}
        readOnly
        onChange={() => undefined}
        onOpenEntity={onOpenEntity}
      />
      <div className="note-actions">
        <button type="button" className="button button-danger" data-action="delete-note" onClick={() => setConfirming(true)}>
          {i18n.t('notes.delete')}
        </button>
      </div>
      <DeleteNoteDialog
        open={confirming}
        title={note.title}
        onClose={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false)
          onDelete()
        }}
      />
    </article>
  )
}
