import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Note } from '../../../src/core/store/notes'
import type { NoteSummary } from '../../../src/shared/api'
import { manualClock } from '../helpers/clock'
import { closeBackend, openHandlers, SEEDS_DIR, valueOf } from '../helpers/backend'
import { makeTempDir } from '../helpers/temp-dir'

async function setup(dataDir?: string) {
  const dir = dataDir ?? (await makeTempDir('notes'))
  const { backend, handlers } = await openHandlers({ dataDir: dir, seedsDir: SEEDS_DIR, now: manualClock('2025-03-01T08:00:00.000Z').now })
  return { dataDir: dir, backend, handlers, fileOf: (id: string) => join(dir, 'notes', `${id}.json`) }
}

const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })

describe('notes over the API', () => {
  it('creates a note in a file of its own and saves changes to that file only', async () => {
    const { handlers, fileOf } = await setup()
    const a = valueOf<Note>(await handlers.createNote([{ title: 'أ', body: doc('الأولى'), attachments: [] }]))
    const b = valueOf<Note>(await handlers.createNote([{ title: 'ب', body: doc('الثانية'), attachments: [{ kind: 'article', id: '000_fcf6e2d5e2034c53' }] }]))
    const bBytes = await fsp.readFile(fileOf(b.id))
    valueOf(await handlers.saveNote([a.id, { title: 'أ', body: doc('الأولى بعد التعديل'), attachments: [] }]))
    expect(await fsp.readFile(fileOf(b.id))).toEqual(bBytes)
    expect(JSON.parse(await fsp.readFile(fileOf(a.id), 'utf8')).note.body).toEqual(doc('الأولى بعد التعديل'))
    const list = valueOf<NoteSummary[]>(await handlers.listNotes([]))
    expect(list.map((n) => n.snippet).sort()).toEqual(['الأولى بعد التعديل', 'الثانية'])
  })

  it('keeps a body that is not a tiptap document exactly as stored: never rewritten, never dropped', async () => {
    const { handlers, fileOf, backend, dataDir } = await setup()
    const note = valueOf<Note>(await handlers.createNote([{ title: 'x', body: doc('نص'), attachments: [] }]))
    await closeBackend(backend)
    const raw = JSON.parse(await fsp.readFile(fileOf(note.id), 'utf8'))
    raw.note.body = { type: 'doc', content: [{ type: 'nonsense', text: 'نص خام' }] }
    await fsp.writeFile(fileOf(note.id), JSON.stringify(raw))
    const before = await fsp.readFile(fileOf(note.id), 'utf8')
    const again = await setup(dataDir)
    expect(valueOf<Note>(await again.handlers.getNote([note.id])).body).toEqual(raw.note.body)
    valueOf(await again.handlers.listNotes([]))
    expect(await fsp.readFile(fileOf(note.id), 'utf8')).toBe(before)
  })

  it('refuses bad requests: unknown note, oversized body, bad attachment kinds', async () => {
    const { handlers } = await setup()
    expect(await handlers.getNote(['missing'])).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(await handlers.saveNote(['missing', { title: '', body: doc(''), attachments: [] }])).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(await handlers.createNote([{ title: '', body: doc('x'.repeat(2_100_000)), attachments: [] }])).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    expect(await handlers.createNote([{ title: '', body: doc(''), attachments: [{ kind: 'file', id: '/etc/passwd' }] }])).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
  })

  it('deletes a note but keeps its last version in backups', async () => {
    const { handlers, fileOf, dataDir } = await setup()
    const note = valueOf<Note>(await handlers.createNote([{ title: 'x', body: doc('سيحذف'), attachments: [] }]))
    valueOf(await handlers.saveNote([note.id, { title: 'x', body: doc('سيحذف بعد تعديل'), attachments: [] }]))
    valueOf(await handlers.deleteNote([note.id]))
    await expect(fsp.access(fileOf(note.id))).rejects.toThrow()
    expect(await handlers.getNote([note.id])).toMatchObject({ ok: false, error: { code: 'not-found' } })
    const backups = await fsp.readdir(join(dataDir, 'notes', 'backups'))
    expect(backups.some((b) => b.startsWith(note.id))).toBe(true)
  })
})
