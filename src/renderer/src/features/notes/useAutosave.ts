import { useEffect, useState } from 'react'
import type { NoteInput } from '../../../../shared/api'
import { api } from '../../lib/api'
import { Autosaver, type SaveState } from './autosaver'
import type { SaveLedger } from './save-ledger'

interface Options {
  noteId: string
  snapshot: () => NoteInput
  ledger: SaveLedger
  onSaved: (input: NoteInput, updatedAt: string) => void
}

/**
 * The Autosaver of one open note, with its state for the screen. Whatever is unsaved when the
 * editor goes away (another note, another view) is saved then; a page being closed or reloaded
 * gets the same, as far as the page lives long enough to send it.
 */
export function useAutosave({ noteId, snapshot, ledger, onSaved }: Options): { state: SaveState; saver: Autosaver } {
  const [state, setState] = useState<SaveState>({ kind: 'idle' })
  const [saver] = useState(
    () =>
      new Autosaver({
        save: (input) => api.saveNote(noteId, input),
        snapshot,
        onSaved,
        onState: setState,
        track: (save) => ledger.track(noteId, save),
      }),
  )
  useEffect(() => saver.use({ snapshot, onSaved }))
  useEffect(() => {
    const flush = (): void => saver.flush()
    window.addEventListener('pagehide', flush)
    return () => {
      window.removeEventListener('pagehide', flush)
      flush()
    }
  }, [saver])
  return { state, saver }
}
