import { openBackend } from '../../../src/backend/backend'
import { createHandlers } from '../../../src/backend/handlers'
import type { HighlightWithArticle, NoteSummary, Session } from '../../../src/shared/api'
import { tempFilesUnder, valueOf } from '../support'
import type { Acknowledged } from './acknowledged'

export interface AfterCrash {
  /** Temp files the killed writer left, found before start-up. */
  staleTemps: number
  /** Temp files still there after start-up (goal 0: start-up cleans them). */
  tempsAfterStart: number
  /** Acknowledged writes missing or older on disk (goal 0). */
  lost: string[]
  duplicateIds: string[]
  /** Notices that mean a document had to be recovered (goal none: durable writes never tear). */
  recoveries: string[]
}

const duplicates = (ids: string[]): string[] => ids.filter((id, i) => ids.indexOf(id) !== i)

/**
 * Starts Daftar on the folder a writer was killed in — the real start-up path: lock taken over from
 * the dead process, temp files removed, every document opened by the recovery policy — and checks
 * that everything the writer acknowledged is there.
 */
export async function verifyAfterCrash(dataDir: string, seedsDir: string, acked: Acknowledged): Promise<AfterCrash> {
  const staleTemps = (await tempFilesUnder(dataDir)).length
  const backend = await openBackend({ dataDir, seedsDir })
  try {
    const api = createHandlers(backend)
    const highlights = valueOf<HighlightWithArticle[]>(await api.listAllHighlights([]))
    const notes = valueOf<NoteSummary[]>(await api.listNotes([]))
    const session = valueOf<Session>(await api.getSession([]))
    const present = new Set(highlights.map((h) => h.id))
    const revOnDisk = new Map(notes.map((n) => [n.id, Number(/^rev (\d+)$/.exec(n.title)?.[1] ?? -1)]))
    const lost = [
      ...[...acked.highlights].filter((id) => !present.has(id)).map((id) => `highlight ${id}`),
      ...[...acked.notes].filter(([id, rev]) => (revOnDisk.get(id) ?? -1) < rev).map(([id, rev]) => `note ${id} rev ${rev}`),
      ...[...acked.positions].filter(([id, at]) => (session.positions[id]?.offset ?? -1) < at).map(([id, at]) => `position ${id} ${at}`),
    ]
    return {
      staleTemps,
      tempsAfterStart: (await tempFilesUnder(dataDir)).length,
      lost,
      duplicateIds: [...duplicates(highlights.map((h) => h.id)), ...duplicates(notes.map((n) => n.id))],
      recoveries: backend.allNotices().map((n) => `${n.kind}: ${n.document}`),
    }
  } finally {
    await backend.close()
  }
}
