import type { Attachment } from '../../../core/store/notes'

/** What fills the main pane. The reader is the default; the others are places the top bar leads to. */
export type View =
  | { kind: 'reader' }
  | { kind: 'highlights' }
  | { kind: 'entities' }
  /** The "new names" inbox of the whole library. */
  | { kind: 'new-names' }
  | { kind: 'entity'; id: string }
  /** The story across the articles: relation graph, timeline, figures; `entityId` narrows it to one entity. */
  | { kind: 'story'; tab: StoryTab; entityId?: string }
  /** `nonce` makes a second "new note about X" in a row open a new note, not the same view again. */
  | { kind: 'notes'; noteId?: string; attach?: Attachment; nonce?: number }

/** The views of the story. */
export type StoryTab = 'graph' | 'timeline' | 'figures'

/** Something to show once an article is open: a highlight, or a range of its text (a mention). */
export type Reveal = { kind: 'highlight'; id: string } | { kind: 'range'; start: number; end: number }
