import { createContext } from 'react'

/** Where a note's article links lead, provided by the app (so the editor's components need not pass it down). */
export const NoteLinksContext = createContext<{ openArticle: (articleId: string) => void } | null>(null)
