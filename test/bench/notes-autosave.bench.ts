import { join } from 'node:path'
import { NotesService } from '../../src/backend/notes/notes-service'
import { nodeDurableFs } from '../../src/backend/store/durable-fs'
import { writeFileDurably } from '../../src/backend/store/durable-write'
import type { NoteInput } from '../../src/shared/api'
import { seed } from '../support/seeds'
import { prng } from '../support/random'
import type { Row, Section } from './section'
import { inPool } from './store-fixture'
import { p50, p95 } from './stats'

const NOTES = 2000
const SAVES = 200

/** A plausible note: a few Arabic paragraphs from the seeds, an entity mention, a heading. */
function noteBody(random: () => number, paragraphs: readonly string[]): NoteInput['body'] {
  const pick = (): string => paragraphs[Math.floor(random() * paragraphs.length)] as string
  return {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: pick().slice(0, 60) }] },
      {
        type: 'paragraph',
        content: [
          { type: 'mention', attrs: { id: 'mark-zuckerberg', label: 'مارك زوكربيرغ' } },
          { type: 'text', text: ` ${pick().slice(0, 400)}` },
        ],
      },
      { type: 'paragraph', content: [{ type: 'text', text: pick().slice(0, 600) }] },
    ],
  }
}

/**
 * Note autosave with 2,000 notes in the store: the time from asking to save one note to the save
 * being on disk (fsynced), beside the floor of keeping all notes in one JSON file (stringify all +
 * the same durable write), measured in the same run.
 */
export const notesAutosave: Section = {
  name: 'notes autosave',
  run: async (ctx) => {
    const dataDir = await ctx.tempDir('notes')
    const random = prng(2000)
    const paragraphs = ['000', '001', '002', '003', '004'].flatMap((p) => {
      const a = seed(p)
      return a.blocks.filter((b) => b.kind === 'paragraph').map((b) => a.text.slice(b.start, b.end))
    })
    const service = new NotesService({
      dataDir,
      onNotice: () => {},
      now: () => new Date(),
      newId: (() => {
        let n = 0
        return () => `note-${n++}`
      })(),
    })
    const inputs = Array.from({ length: NOTES }, (): NoteInput => ({
      title: 'ملاحظة',
      body: noteBody(random, paragraphs),
      attachments: [],
    }))
    const ids: string[] = []
    await inPool(inputs, 16, async (input) => {
      const created = await service.create(input)
      if (!created.ok) throw new Error(created.error.message)
      ids.push(created.value.id)
    })
    ctx.log(`notes: ${ids.length} notes written`)

    const ours: number[] = []
    for (let i = 0; i < SAVES; i++) {
      const id = ids[Math.floor(random() * ids.length)] as string
      const body = noteBody(random, paragraphs)
      const t = performance.now()
      const saved = await service.save(id, { title: `ملاحظة ${i}`, body, attachments: [] })
      ours.push(performance.now() - t)
      if (!saved.ok) throw new Error(saved.error.message)
    }

    const all = { schemaVersion: 1, notes: (await service.all()).map((n) => ({ ...n })) }
    const floor: number[] = []
    for (let i = 0; i < 20; i++) {
      const t = performance.now()
      ;(all.notes[i] as { title: string }).title = `تعديل ${i}`
      await writeFileDurably(nodeDurableFs, join(dataDir, 'all-notes.json'), `${JSON.stringify(all)}\n`)
      floor.push(performance.now() - t)
    }
    const rows: Row[] = [
      {
        name: `autosave one note with ${NOTES.toLocaleString('en')} notes in the store, p50 of ${SAVES}`,
        value: p50(ours),
        unit: 'ms',
        reference: { label: 'all notes in one file: stringify + durable write, p50', value: p50(floor) },
      },
      {
        name: `autosave one note with ${NOTES.toLocaleString('en')} notes in the store, p95 of ${SAVES}`,
        value: p95(ours),
        unit: 'ms',
        reference: { label: 'all notes in one file, p95', value: p95(floor) },
        goal: { max: 50, source: 'issue: entities and notes' },
      },
    ]
    return rows
  },
}
