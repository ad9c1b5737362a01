import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { AnchoredHighlight } from '../../../src/core/highlights/anchored'
import type { Note } from '../../../src/core/store/notes'
import type { HighlightWithArticle, Library, NoteSummary } from '../../../src/shared/api'
import type { ImportReport, RemoveReport } from '../../../src/shared/library-api'
import { seedBytes, seedFiles } from '../../support/seeds'
import { closeBackend, openHandlers, SEEDS_DIR, SEED_IDS, valueOf } from '../helpers/backend'
import { makeTempDir } from '../helpers/temp-dir'

const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })

/** An imported article with two highlights, a note only about it, and a note also about a seed. */
async function withAnnotatedImport() {
  const dataDir = await makeTempDir('remove')
  const { backend, handlers } = await openHandlers({ dataDir, seedsDir: SEEDS_DIR, workers: 'inline' })
  const text = `${seedBytes(seedFiles()[2] as string).toString('utf8')}\nنسخة مستوردة.\n`
  const report = valueOf<ImportReport>(await handlers.importFiles([[{ name: 'mine.txt', data: Buffer.from(text).toString('base64') }]]))
  const id = report.imported[0]?.id as string
  const article = backend.article(id)
  if (!article) throw new Error('not imported')
  const paragraph = article.blocks.find((b) => b.kind === 'paragraph') as { start: number; end: number }
  const made = [
    ...valueOf<AnchoredHighlight[]>(await handlers.createHighlights([{ articleId: id, start: paragraph.start, end: paragraph.start + 20, color: 'yellow' }])),
    ...valueOf<AnchoredHighlight[]>(await handlers.createHighlights([{ articleId: id, start: paragraph.start + 30, end: paragraph.start + 50, color: 'green' }])),
  ]
  const only = valueOf<Note>(await handlers.createNote([{ title: 'عنه فقط', body: doc('نص'), attachments: [{ kind: 'article', id }, { kind: 'highlight', id: made[0]?.id as string }] }]))
  const shared = valueOf<Note>(await handlers.createNote([{ title: 'عنه وعن غيره', body: doc('نص'), attachments: [{ kind: 'article', id }, { kind: 'article', id: SEED_IDS[0] }] }]))
  return { dataDir, backend, handlers, id, highlights: made, only, shared }
}

describe('removing an imported article', () => {
  it('keeps its highlights (listed as orphans) and its notes when asked to keep them, and deletes its original', async () => {
    const { dataDir, handlers, backend, id, highlights, only, shared } = await withAnnotatedImport()
    const report = valueOf<RemoveReport>(await handlers.removeArticle([id, 'keep-annotations']))
    expect(report).toEqual({ id, highlightsDeleted: 0, notesDeleted: 0, notesDetached: 0 })
    expect(valueOf<Library>(await handlers.listLibrary([])).articles.map((a) => a.id)).not.toContain(id)
    expect(await fsp.readdir(join(dataDir, 'imports'))).toEqual([])
    const all = valueOf<HighlightWithArticle[]>(await handlers.listAllHighlights([]))
    expect(all.filter((h) => h.articleId === id).map((h) => [h.id, h.anchor, h.orphanReason])).toEqual(highlights.map((h) => [h.id, null, 'article-missing']))
    expect(valueOf<NoteSummary[]>(await handlers.listNotes([])).map((n) => n.id).sort()).toEqual([only.id, shared.id].sort())
    // Reopened, the highlights are still there, still orphans.
    await closeBackend(backend)
    const again = await openHandlers({ dataDir, seedsDir: SEEDS_DIR, workers: 'inline' })
    expect(valueOf<HighlightWithArticle[]>(await again.handlers.listAllHighlights([])).filter((h) => h.articleId === id)).toHaveLength(2)
  })

  it('deletes its highlights and the notes only about it when asked to, and unlinks the notes that are also about something else', async () => {
    const { dataDir, handlers, id, only, shared } = await withAnnotatedImport()
    const report = valueOf<RemoveReport>(await handlers.removeArticle([id, 'delete-annotations']))
    expect(report).toEqual({ id, highlightsDeleted: 2, notesDeleted: 1, notesDetached: 1 })
    expect(valueOf<HighlightWithArticle[]>(await handlers.listAllHighlights([])).filter((h) => h.articleId === id)).toEqual([])
    const notes = valueOf<NoteSummary[]>(await handlers.listNotes([]))
    expect(notes.map((n) => n.id)).toEqual([shared.id])
    expect(notes[0]?.attachments).toEqual([{ kind: 'article', id: SEED_IDS[0] }])
    expect(await handlers.getNote([only.id])).toMatchObject({ ok: false, error: { code: 'not-found' } })
    // Deleted files were backed up first.
    const backups = await fsp.readdir(join(dataDir, 'notes', 'backups'))
    expect(backups.some((n) => n.startsWith(`${only.id}.`))).toBe(true)
  })

  it('refuses to remove a bundled article or one that is not there', async () => {
    const { handlers } = await withAnnotatedImport()
    expect(await handlers.removeArticle([SEED_IDS[1], 'delete-annotations'])).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(await handlers.removeArticle(['missing', 'keep-annotations'])).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(valueOf<Library>(await handlers.listLibrary([])).articles).toHaveLength(6)
  })
})
