import type { ApiMethod } from '../../shared/api'

type SideKind = 'highlight' | 'note' | 'entity'

/**
 * Which searchable kinds a successful API call may have changed: the search index re-reads those
 * before its next query. Merging or deleting an entity also rewrites highlight tags and notes.
 */
const CHANGES: Partial<Record<ApiMethod, readonly SideKind[]>> = {
  createHighlights: ['highlight'],
  updateHighlight: ['highlight'],
  deleteHighlight: ['highlight'],
  restoreHighlight: ['highlight'],
  reattachHighlight: ['highlight'],
  tagHighlight: ['highlight'],
  createNote: ['note'],
  saveNote: ['note'],
  deleteNote: ['note'],
  createEntity: ['entity'],
  acceptNewNames: ['entity'],
  mergeNewName: ['entity'],
  updateEntity: ['entity'],
  mergeEntities: ['entity', 'note', 'highlight'],
  deleteEntity: ['entity', 'note', 'highlight'],
}

export const kindsChangedBy = (method: ApiMethod): readonly SideKind[] => CHANGES[method] ?? []
