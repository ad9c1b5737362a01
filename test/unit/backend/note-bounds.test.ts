import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openHandlers, SEEDS_DIR, valueOf } from '../helpers/backend'
import { makeTempDir } from '../helpers/temp-dir'

/** A body of `depth` paragraphs nested in each other, with one word at the bottom. */
function nested(depth: number): unknown {
  let node: unknown = { type: 'text', text: 'عميق' }
  for (let i = 0; i < depth; i++) node = { type: 'paragraph', content: [node] }
  return { type: 'doc', content: [node] }
}

describe('note bodies are bounded before anything is written', () => {
  it('refuses a body of 1,500 nested paragraphs with a clear error, writes nothing, and keeps answering', async () => {
    const dataDir = await makeTempDir('note-bounds')
    const { handlers } = await openHandlers({ dataDir, seedsDir: SEEDS_DIR })
    const before = valueOf<unknown[]>(await handlers.listNotes([])).length

    const reply = await handlers.createNote([{ title: 'عميق', body: nested(1500), attachments: [] }])

    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringMatching(/nested more than \d+ levels/) },
    })
    expect(valueOf<unknown[]>(await handlers.listNotes([])).length).toBe(before)
    expect(await fsp.readdir(join(dataDir, 'notes')).catch(() => [])).toEqual([])
  })

  it('still accepts a deep but reasonable body (lists in lists)', async () => {
    const dataDir = await makeTempDir('note-bounds')
    const { handlers } = await openHandlers({ dataDir, seedsDir: SEEDS_DIR })
    const created = await handlers.createNote([{ title: 'قائمة', body: nested(40), attachments: [] }])
    expect(created.ok).toBe(true)
  })

  it('lists, opens and deletes a note already on disk that is nested too deep (written before the bound): set aside with a notice, never a crash', async () => {
    const dataDir = await makeTempDir('note-bounds')
    const first = await openHandlers({ dataDir, seedsDir: SEEDS_DIR })
    const made = valueOf<{ id: string }>(await first.handlers.createNote([{ title: 'عادية', body: nested(3), attachments: [] }]))
    await first.backend.close()
    // What an older Daftar wrote before it bounded depth: the same note with 5,000 nested paragraphs.
    const file = join(dataDir, 'notes', `${made.id}.json`)
    const stored = await fsp.readFile(file, 'utf8')
    // Written as text: JSON.stringify itself runs out of stack on such a body.
    const depth = 5000
    const deep = `{"type":"doc","content":[${'{"type":"paragraph","content":['.repeat(depth)}{"type":"text","text":"عميق"}${']}'.repeat(depth)}]}`
    const at = stored.indexOf('"body":') + '"body":'.length
    const end = stored.indexOf(',"attachments"')
    expect(at).toBeGreaterThan(7)
    expect(end).toBeGreaterThan(at)
    await fsp.writeFile(file, stored.slice(0, at) + deep + stored.slice(end))

    const { handlers } = await openHandlers({ dataDir, seedsDir: SEEDS_DIR })
    const listed = await handlers.listNotes([])
    expect(listed.ok ? 'listed' : listed.error.message).toBe('listed')
    // Like any damaged document: set aside whole (nothing lost), the user told why, the note opens empty.
    const opened = await handlers.getNote([made.id])
    expect(opened.ok).toBe(true)
    const notices = valueOf<{ kind: string; reason?: string; quarantinedTo?: string }[]>(await handlers.takeNotices([]))
    const reset = notices.find((n) => n.kind === 'reset')
    expect(reset?.reason).toMatch(/nested more than 200 levels/)
    expect((await fsp.readFile(reset!.quarantinedTo!, 'utf8')).length).toBeGreaterThan(depth * 30)
    const deleted = await handlers.deleteNote([made.id])
    expect(deleted).toEqual({ ok: true, value: null })
    expect(await fsp.readdir(join(dataDir, 'notes'))).not.toContain(`${made.id}.json`)
    expect((await handlers.getNote([made.id])).ok).toBe(false)
  })
})
