import type { ReactNode } from 'react'
import type { Entity } from '../../../../core/entities/types'
import type { Attachment } from '../../../../core/store/notes'
import type { ApiError } from '../../../../shared/result'
import { useI18n } from '../../i18n/I18nProvider'

export interface NotesViewProps {
  entities: readonly Entity[]
  /** The note to open first, if any. */
  initialNoteId: string | null
  /** Create a new note attached to this (an entity, an article or a highlight) when the view opens. */
  attach: Attachment | null
  onOpenEntity: (id: string) => void
  onError: (error: ApiError) => void
  toast: (message: string) => void
}

/** Notes: the list and the editor. (Being built: see the notes feature commit.) */
export function NotesView(_props: NotesViewProps): ReactNode {
  const i18n = useI18n()
  return (
    <main className="reader notes-view" id="reader" tabIndex={0}>
      <h1>{i18n.t('notes.heading')}</h1>
    </main>
  )
}
