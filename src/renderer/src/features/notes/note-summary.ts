import { mentionedEntities, plainText } from '../../../../core/notes/tiptap-json'
import type { NoteInput, NoteSummary } from '../../../../shared/api'

const SNIPPET_CHARS = 160

/**
 * The list row of a note just saved, made here rather than fetched again: the same fields the
 * backend's summary has (its snippet length, mentions and entity attachments as linked entities).
 */
export function summaryOf(id: string, input: NoteInput, updatedAt: string): NoteSummary {
  const text = plainText(input.body)
  const entityIds = new Set([...mentionedEntities(input.body), ...input.attachments.filter((a) => a.kind === 'entity').map((a) => a.id)])
  return {
    id,
    title: input.title,
    snippet: text.length > SNIPPET_CHARS ? `${text.slice(0, SNIPPET_CHARS)}…` : text,
    updatedAt,
    entityIds: [...entityIds],
    attachments: input.attachments,
  }
}

const linesOf = (snippet: string): string[] => snippet.split('\n').map((l) => l.trim()).filter((l) => l.length > 0)

/** What the list shows as a note's name: its title, else its first line, else nothing (the caller says "untitled"). */
export const displayTitle = (note: Pick<NoteSummary, 'title' | 'snippet'>): string => note.title.trim() || (linesOf(note.snippet)[0] ?? '')

/**
 * The lines of text the list shows under the name (the first line is the name when there is no
 * title). One paragraph per line, each shown with its own direction: run together, an Arabic
 * paragraph and an English one would scramble each other.
 */
export function previewLines(note: Pick<NoteSummary, 'title' | 'snippet'>, count = 2): string[] {
  const lines = linesOf(note.snippet)
  return (note.title.trim() ? lines : lines.slice(1)).slice(0, count)
}

/** Sorted as the backend lists them: most recently changed first. */
export const byUpdated = (a: NoteSummary, b: NoteSummary): number => b.updatedAt.localeCompare(a.updatedAt)
