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

    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringMatching(/nested more than \d+ levels/) } })
    expect(valueOf<unknown[]>(await handlers.listNotes([])).length).toBe(before)
    expect(await fsp.readdir(join(dataDir, 'notes')).catch(() => [])).toEqual([])
  })

  it('still accepts a deep but reasonable body (lists in lists)', async () => {
    const dataDir = await makeTempDir('note-bounds')
    const { handlers } = await openHandlers({ dataDir, seedsDir: SEEDS_DIR })
    const created = await handlers.createNote([{ title: 'قائمة', body: nested(40), attachments: [] }])
    expect(created.ok).toBe(true)
  })
})
