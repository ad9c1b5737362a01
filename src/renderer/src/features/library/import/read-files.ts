import type { Reason } from '../../../../../core/corpus/reasons'
import type { ImportFile, ImportReport } from '../../../../../shared/library-api'
import { MAX_IMPORT_BYTES, tooLargeMessage, tooLargeReason } from '../../../../../shared/library-api'

/** One file read in the page: its bytes in base64, or why it was not sent (too large, a folder, a vanished file). */
export type ReadFile = ImportFile | { name: string; code: 'too-large' | 'unreadable'; error: string; reason: Reason }

/**
 * Files are sent in chunks of up to 20 files and ~6 MB of base64: progress moves after each, a
 * cancel stops before the next, and a request stays well under the browser-mode body limit.
 */
export const CHUNK_FILES = 20
export const CHUNK_BYTES = 6 * 1024 * 1024

export function chunksOf(files: readonly File[]): File[][] {
  const chunks: File[][] = []
  let current: File[] = []
  let bytes = 0
  for (const file of files) {
    const cost = (file.size > MAX_IMPORT_BYTES ? 0 : file.size) * 1.34
    if (current.length > 0 && (current.length >= CHUNK_FILES || bytes + cost > CHUNK_BYTES)) {
      chunks.push(current)
      current = []
      bytes = 0
    }
    current.push(file)
    bytes += cost
  }
  if (current.length > 0) chunks.push(current)
  return chunks
}

/** Reads a file as base64. A file over the import limit is not read or sent: it is refused here, as the backend would. */
export function readFile(file: File): Promise<ReadFile> {
  if (file.size > MAX_IMPORT_BYTES) return Promise.resolve({ name: file.name, code: 'too-large', error: tooLargeMessage(file.size), reason: tooLargeReason(file.size) })
  return new Promise((resolve) => {
    const reader = new FileReader()
    reader.onload = () => {
      const url = String(reader.result ?? '')
      resolve({ name: file.name, data: url.slice(url.indexOf(',') + 1) })
    }
    reader.onerror = () =>
      resolve({ name: file.name, code: 'unreadable', error: `The file could not be read (${reader.error?.message ?? 'unknown error'}).`, reason: { key: 'read-failed', params: { error: reader.error?.name ?? '?' } } })
    reader.readAsDataURL(file)
  })
}

export const emptyReport = (): ImportReport => ({ imported: [], duplicates: [], failed: [] })

export function mergeReports(into: ImportReport, more: ImportReport): ImportReport {
  return { imported: [...into.imported, ...more.imported], duplicates: [...into.duplicates, ...more.duplicates], failed: [...into.failed, ...more.failed] }
}
