/**
 * Writes the frozen store fixtures of the current schema version: a data folder as a real session
 * leaves it (settings, entity registry with a decision, annotations with colours, comments and tags,
 * notes with a mention and attachments). Run once per new schema version and commit the output;
 * never regenerate an existing version's fixtures — they stand for files users already have.
 *
 *   node --import tsx test/hardening/migration/make-fixtures.ts test/hardening/fixtures/schema-v1
 */
import * as fsp from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { openBackend } from '../../../src/backend/backend'
import { createHandlers } from '../../../src/backend/handlers'
import type { Entity } from '../../../src/core/entities/types'
import type { Note } from '../../../src/core/store/notes'
import type { AnchoredHighlight } from '../../../src/core/highlights/anchored'
import { valueOf } from '../support'

const out = resolve(process.argv[2] ?? '')
const seedsDir = resolve(import.meta.dirname, '../../../seeds')
await fsp.rm(out, { recursive: true, force: true })
let tick = Date.parse('2026-11-01T09:00:00.000Z')
const backend = await openBackend({ dataDir: out, seedsDir, now: () => new Date((tick += 1000)) })
const api = createHandlers(backend)

valueOf(await api.updateSettings([{ fontSize: 24, theme: 'sepia', font: 'amiri' }]))
const [first, second] = backend.articles()
if (!first || !second) throw new Error('the seeds are missing')
valueOf(await api.saveReadingPosition([first.id, { offset: 420, progress: 0.3 }]))

const entity = valueOf<Entity>(await api.createEntity([{ type: 'org', nameAr: 'شركة الاختبار', nameLatin: 'Fixture Corp', aliases: ['الاختبار'], description: 'للتجربة' }]))
const paragraphs = (a: typeof first) => a.blocks.filter((b) => b.kind === 'paragraph')
const highlights: AnchoredHighlight[] = []
for (const [i, article] of [first, first, second].entries()) {
  const block = paragraphs(article)[0]
  if (!block) throw new Error('no paragraph')
  const start = block.start + 70 * i
  const input = { articleId: article.id, start, end: Math.min(block.end, start + 60), color: (['yellow', 'green', 'pink'] as const)[i] ?? 'yellow', comment: `تعليق ${i}` }
  highlights.push(...valueOf<AnchoredHighlight[]>(await api.createHighlights([input])))
}
valueOf(await api.tagHighlight([highlights[0]?.id ?? '', [entity.id]]))
const body = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'ملاحظة' }] },
    { type: 'paragraph', content: [{ type: 'text', text: 'عن ' }, { type: 'mention', attrs: { id: entity.id, label: entity.nameAr } }, { type: 'text', text: ' و Scale AI.' }] },
  ],
}
const note = valueOf<Note>(await api.createNote([{ title: 'ملاحظة الاختبار', body, attachments: [{ kind: 'article', id: first.id }, { kind: 'highlight', id: highlights[1]?.id ?? '' }] }]))
valueOf(await api.saveNote([note.id, { title: 'ملاحظة الاختبار', body, attachments: [{ kind: 'article', id: first.id }] }]))
await backend.close()
// Backups and the lock are not part of what a user's folder holds between sessions.
for (const dir of ['backups', 'annotations/backups', 'notes/backups']) await fsp.rm(join(out, dir), { recursive: true, force: true })
console.log(`fixtures written to ${out}`)
