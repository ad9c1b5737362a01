import type { Messages } from './messages'
import type { arNotes } from './notes.ar'

/** Interface text of the notes feature, English (same keys as notes.ar.ts; the compiler checks). */
export const enNotes: Pick<Messages, keyof typeof arNotes> = {
  'notes.heading': 'Notes',
}
