import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Article } from '../../../../core/corpus/types'
import type { AnchoredHighlight, ReanchorReport } from '../../../../core/highlights/anchored'
import type { HighlightColor } from '../../../../core/store/annotations'
import type { StoreNotice } from '../../../../core/store/notices'
import type { HighlightPatch } from '../../../../shared/api'
import type { ApiError, Result } from '../../../../shared/result'
import { api } from '../../lib/api'
import { loadHighlights } from '../../lib/prefetch'
import { UndoStack } from './undo'

const inReadingOrder = (list: AnchoredHighlight[]): AnchoredHighlight[] =>
  [...list].sort((a, b) => (a.anchor?.start ?? Infinity) - (b.anchor?.start ?? Infinity) || (a.anchor?.end ?? 0) - (b.anchor?.end ?? 0))

export interface HighlightActions {
  create(start: number, end: number, color: HighlightColor, comment?: string): Promise<AnchoredHighlight[] | null>
  update(id: string, patch: HighlightPatch): Promise<void>
  remove(id: string): Promise<void>
  reattach(id: string, start: number, end: number): Promise<void>
  tag(id: string, entityIds: string[]): Promise<void>
  undo(): Promise<string | null>
}

/**
 * The open article's highlights and every change to them, each pushed on an undo stack that
 * outlives article switches (Ctrl+Z takes back the last 50 changes, wherever they were made).
 */
export function useHighlights(
  article: Article | null,
  onError: (error: ApiError) => void,
  onNotices: (notices: StoreNotice[]) => void,
): { highlights: AnchoredHighlight[]; report: ReanchorReport | null; actions: HighlightActions } {
  const [loaded, setLoaded] = useState<{ articleId: string; highlights: AnchoredHighlight[]; report: ReanchorReport | null } | null>(null)
  const undoStack = useRef(new UndoStack())
  const articleRef = useRef(article)
  useEffect(() => {
    articleRef.current = article
  }, [article])

  const reload = useCallback(async (articleId: string) => {
    const result = await loadHighlights(articleId)
    if (result.ok && articleRef.current?.id === articleId)
      setLoaded({ articleId, highlights: result.value.highlights, report: result.value.report })
    return result
  }, [])

  useEffect(() => {
    if (!article) return
    void reload(article.id).then(async (result) => {
      if (!result.ok) onError(result.error)
      // Opening an article's annotations may have found something to tell (a damaged file, set-aside records).
      const fresh = await api.takeNotices()
      if (fresh.ok && fresh.value.length) onNotices(fresh.value)
    })
  }, [article, reload, onError, onNotices])

  /** Runs an API call; on failure reports it and returns null. */
  const attempt = useCallback(
    async <T>(call: Promise<Result<T>>): Promise<T | null> => {
      const result = await call
      if (!result.ok) {
        onError(result.error)
        return null
      }
      return result.value
    },
    [onError],
  )

  const edit = useCallback((articleId: string, change: (list: AnchoredHighlight[]) => AnchoredHighlight[]) => {
    setLoaded((current) =>
      current && current.articleId === articleId ? { ...current, highlights: inReadingOrder(change(current.highlights)) } : current,
    )
  }, [])

  /** Puts a highlight the API answered, already placed on the article's current text, in the list. */
  const replaceRecord = useCallback(
    (placed: AnchoredHighlight) => edit(placed.articleId, (list) => [...list.filter((h) => h.id !== placed.id), placed]),
    [edit],
  )

  const actions: HighlightActions = useMemo(
    () => ({
      create: async (start, end, color, comment) => {
        if (!article) return null
        const created = await attempt(api.createHighlights({ articleId: article.id, start, end, color, ...(comment ? { comment } : {}) }))
        if (!created) return null
        edit(article.id, (list) => [...list, ...created])
        undoStack.current.push({
          label: 'create',
          undo: async () => {
            for (const h of created)
              if (await attempt(api.deleteHighlight(h.id))) edit(h.articleId, (list) => list.filter((x) => x.id !== h.id))
          },
        })
        return created
      },
      update: async (id, patch) => {
        const before = loaded?.highlights.find((h) => h.id === id)
        const record = await attempt(api.updateHighlight(id, patch))
        if (!record) return
        replaceRecord(record)
        if (before) {
          const previous: HighlightPatch = { color: before.color, comment: before.comment }
          undoStack.current.push({
            label: 'update',
            undo: async () => {
              const restored = await attempt(api.updateHighlight(id, previous))
              if (restored) replaceRecord(restored)
            },
          })
        }
      },
      remove: async (id) => {
        const record = await attempt(api.deleteHighlight(id))
        if (!record) return
        edit(record.articleId, (list) => list.filter((h) => h.id !== id))
        undoStack.current.push({
          label: 'delete',
          undo: async () => {
            const restored = await attempt(api.restoreHighlight(record))
            if (restored) replaceRecord(restored)
          },
        })
      },
      reattach: async (id, start, end) => {
        const before = loaded?.highlights.find((h) => h.id === id)
        const record = await attempt(api.reattachHighlight(id, start, end))
        if (!record) return
        replaceRecord(record)
        if (before) {
          const { anchor: _anchor, orphanReason: _reason, ...previous } = before
          undoStack.current.push({
            label: 'reattach',
            undo: async () => {
              if (!(await attempt(api.deleteHighlight(id)))) return
              const restored = await attempt(api.restoreHighlight(previous))
              if (restored) replaceRecord(restored)
            },
          })
        }
      },
      tag: async (id, entityIds) => {
        const before = loaded?.highlights.find((h) => h.id === id)?.entityIds ?? []
        const record = await attempt(api.tagHighlight(id, entityIds))
        if (!record) return
        replaceRecord(record)
        undoStack.current.push({
          label: 'tag',
          undo: async () => {
            const restored = await attempt(api.tagHighlight(id, before))
            if (restored) replaceRecord(restored)
          },
        })
      },
      undo: () => undoStack.current.undo(),
    }),
    [article, attempt, edit, replaceRecord, loaded],
  )

  const current = loaded && article && loaded.articleId === article.id ? loaded : null
  return { highlights: current?.highlights ?? [], report: current?.report ?? null, actions }
}
