import { useCallback, useRef, useState } from 'react'
import { reason } from '../../../../../core/corpus/reasons'
import type { ArticleSummary, Library } from '../../../../../shared/api'
import type { FailedItem, ImportReport, PickedFiles } from '../../../../../shared/library-api'
import { MAX_IMPORT_BYTES, tooLargeMessage, tooLargeReason } from '../../../../../shared/library-api'
import type { ApiError, Result } from '../../../../../shared/result'
import { api } from '../../../lib/api'
import { chunksOf, CHUNK_BYTES, CHUNK_FILES, emptyReport, mergeReports, readFile } from './read-files'

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number }
  | { phase: 'done'; report: ImportReport; cancelled: boolean }

export interface Importer {
  state: ImportState
  /** Files from the file picker or a drop. */
  importFiles(files: File[]): Promise<void>
  /** The system dialog (desktop app); null when there is none here (browser mode): use the file picker. */
  importFromDialog(): Promise<'done' | 'no-dialog'>
  importText(title: string, text: string): Promise<boolean>
  cancel(): void
  dismiss(): void
}

/** Chunks of picked files by size, as for files read in the page. */
function pickedChunks(files: PickedFiles['files']): number[][] {
  const chunks: number[][] = []
  let current: number[] = []
  let bytes = 0
  files.forEach((f, i) => {
    if (current.length > 0 && (current.length >= CHUNK_FILES || bytes + f.size > CHUNK_BYTES)) {
      chunks.push(current)
      current = []
      bytes = 0
    }
    current.push(i)
    bytes += Math.min(f.size, MAX_IMPORT_BYTES)
  })
  if (current.length > 0) chunks.push(current)
  return chunks
}

/**
 * Imports in chunks driven from the page: each chunk is one request (≤ 20 files, ~6 MB), progress
 * moves after each. "Stop" tells the backend to stop the file it is reading (its parse worker is
 * terminated) and skip the rest of that chunk; the chunks after it are listed as not sent. Each
 * file is all or nothing, so a stopped one leaves nothing behind. The page,
 * not a job on the server, keeps the progress: nothing is left running if the page goes away, and
 * both transports (IPC, HTTP) need only plain calls. New rows are added to the library at once.
 */
export function useImporter(onAdded: (rows: ArticleSummary[]) => void, onError: (error: ApiError) => void): Importer {
  const [state, setState] = useState<ImportState>({ phase: 'idle' })
  const cancelled = useRef(false)

  const drive = useCallback(
    async <T,>(chunks: T[][], names: (chunk: T[]) => string[], send: (chunk: T[]) => Promise<{ report: ImportReport; sent: number }>) => {
      cancelled.current = false
      const total = chunks.reduce((n, c) => n + c.length, 0)
      let report = emptyReport()
      let done = 0
      setState({ phase: 'running', done, total })
      for (const chunk of chunks) {
        if (cancelled.current) {
          const notSent: FailedItem[] = names(chunk).map((file) => ({ file, code: 'cancelled', message: 'Not sent: the import was stopped.', reason: { key: 'not-sent' } }))
          report = mergeReports(report, { imported: [], duplicates: [], failed: notSent })
          continue
        }
        const { report: part } = await send(chunk)
        report = mergeReports(report, part)
        if (part.imported.length > 0) onAdded(part.imported.map((i) => i.summary))
        done += chunk.length
        setState({ phase: 'running', done, total })
      }
      setState({ phase: 'done', report, cancelled: cancelled.current })
    },
    [onAdded],
  )

  /** A request that failed as a whole fails each of its files with the reason. */
  const settle = useCallback(
    (result: Result<ImportReport>, names: string[]): ImportReport => {
      if (result.ok) return result.value
      onError(result.error)
      const why = result.error.details?.['reason'] === 'import-busy' ? reason('import-busy') : reason('request-failed', { error: result.error.message })
      return { imported: [], duplicates: [], failed: names.map((file) => ({ file, code: 'unreadable', message: result.error.message, reason: why })) }
    },
    [onError],
  )

  const importFiles = useCallback(
    (files: File[]) =>
      drive(chunksOf(files), (chunk) => chunk.map((f) => f.name), async (chunk) => {
        const read = await Promise.all(chunk.map(readFile))
        const local: FailedItem[] = []
        const send = read.flatMap((r) => ('error' in r ? (local.push({ file: r.name, code: r.code, message: r.error, reason: r.reason }), []) : [r]))
        const sent = send.length > 0 ? settle(await api.importFiles(send), send.map((f) => f.name)) : emptyReport()
        return { report: mergeReports(sent, { imported: [], duplicates: [], failed: local }), sent: send.length }
      }),
    [drive, settle],
  )

  const importFromDialog = useCallback(async (): Promise<'done' | 'no-dialog'> => {
    const picked = await api.pickImportFiles()
    if (!picked.ok) {
      if (picked.error.details?.['reason'] === 'use-file-picker') return 'no-dialog'
      onError(picked.error)
      return 'done'
    }
    const pick = picked.value
    if (!pick) return 'done'
    const large = new Set(pick.files.flatMap((f, i) => (f.size > MAX_IMPORT_BYTES ? [i] : [])))
    await drive(pickedChunks(pick.files), (chunk) => chunk.map((i) => pick.files[i]?.name ?? ''), async (chunk) => {
      const local: FailedItem[] = chunk.filter((i) => large.has(i)).map((i) => ({ file: pick.files[i]?.name ?? '', code: 'too-large', message: tooLargeMessage(pick.files[i]?.size ?? 0), reason: tooLargeReason(pick.files[i]?.size ?? 0) }))
      const indices = chunk.filter((i) => !large.has(i))
      const sent = indices.length > 0 ? settle(await api.importPicked(pick.pickId, indices), indices.map((i) => pick.files[i]?.name ?? '')) : emptyReport()
      return { report: mergeReports(sent, { imported: [], duplicates: [], failed: local }), sent: indices.length }
    })
    return 'done'
  }, [drive, onError, settle])

  const importText = useCallback(
    async (title: string, text: string): Promise<boolean> => {
      const result = await api.importText(title.trim() ? { title: title.trim(), text } : { text })
      if (!result.ok) {
        onError(result.error)
        return false
      }
      if (result.value.imported.length > 0) onAdded(result.value.imported.map((i) => i.summary))
      setState({ phase: 'done', report: result.value, cancelled: false })
      return true
    },
    [onAdded, onError],
  )

  return {
    state,
    importFiles,
    importFromDialog,
    importText,
    cancel: () => {
      cancelled.current = true
      void api.stopImport() // the file being read now stops too, not only the chunks after it
    },
    dismiss: () => setState({ phase: 'idle' }),
  }
}

/** The library with rows added by an import (at the end, in import order). */
export const withRows = (library: Library, rows: ArticleSummary[]): Library => {
  const known = new Set(library.articles.map((a) => a.id))
  return { ...library, articles: [...library.articles, ...rows.filter((r) => !known.has(r.id))] }
}
