/**
 * The crash-torture writer: a child process that writes through the real backend (the same
 * handlers IPC and browser mode call) as fast as it can, until it is killed with SIGKILL.
 *
 * After each acknowledged write it prints one line on stdout with a single write(2), so the line
 * is in the pipe, whole, before the next write starts — what the parent reads is exactly what was
 * acknowledged before the kill:
 *   ready
 *   H <highlightId>            a highlight was created
 *   N <noteId> <rev>           a note was saved with title "rev <rev>"
 *   P <articleId> <offset>     a reading position was saved
 *
 * argv: <dataDir> <seedsDir> <seed>
 */
import { writeSync } from 'node:fs'
import { openBackend } from '../../../src/backend/backend'
import { createHandlers } from '../../../src/backend/handlers'
import type { AnchoredHighlight } from '../../../src/core/highlights/anchored'
import type { NoteSummary, Session } from '../../../src/shared/api'
import { valueOf } from '../support'
import { seededRng } from '../../support/random'

const [dataDir, seedsDir, seedArg] = process.argv.slice(2)
if (!dataDir || !seedsDir) throw new Error('usage: writer <dataDir> <seedsDir> <seed>')
const rng = seededRng(Number(seedArg ?? 1))
const say = (line: string): void => void writeSync(1, `${line}\n`)

const backend = await openBackend({ dataDir, seedsDir })
const api = createHandlers(backend)
const articles = backend.articles()

// Continue where earlier (killed) writers stopped: revisions and offsets only ever grow.
const revs = new Map<string, number>()
for (const note of valueOf<NoteSummary[]>(await api.listNotes([]))) revs.set(note.id, Number(/^rev (\d+)$/.exec(note.title)?.[1] ?? 0))
const session = valueOf<Session>(await api.getSession([]))
let offset = Math.max(0, ...Object.values(session.positions).map((p) => p.offset))
const busyNotes = new Set<string>()
say('ready')

async function createHighlight(): Promise<void> {
  const article = rng.pick(articles)
  const block = rng.pick(article.blocks.filter((b) => b.kind === 'paragraph' && b.end - b.start > 40))
  const start = rng.int(block.start, block.end - 40)
  const end = start + rng.int(2, 39)
  const created = valueOf<AnchoredHighlight[]>(await api.createHighlights([{ articleId: article.id, start, end, color: 'yellow' }]))
  for (const h of created) say(`H ${h.id}`)
}

async function saveNote(): Promise<void> {
  const idle = [...revs.keys()].filter((id) => !busyNotes.has(id))
  if (idle.length === 0 || rng.chance(0.2)) {
    const note = valueOf<{ id: string }>(await api.createNote([{ title: 'rev 0', body: paragraph('rev 0'), attachments: [] }]))
    revs.set(note.id, 0)
    return say(`N ${note.id} 0`)
  }
  const id = rng.pick(idle)
  const rev = (revs.get(id) ?? 0) + 1
  busyNotes.add(id)
  try {
    valueOf(await api.saveNote([id, { title: `rev ${rev}`, body: paragraph(`rev ${rev} `.repeat(rng.int(1, 200))), attachments: [] }]))
    revs.set(id, rev)
    say(`N ${id} ${rev}`)
  } finally {
    busyNotes.delete(id)
  }
}

async function savePosition(): Promise<void> {
  const article = rng.pick(articles)
  const at = ++offset
  valueOf(await api.saveReadingPosition([article.id, { offset: at, progress: rng.next() }]))
  say(`P ${article.id} ${at}`)
}

const paragraph = (text: string): unknown => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })

// Writes run one to four at a time, so the coalescing of concurrent saves is under fire too.
for (;;) {
  const group = Array.from({ length: rng.int(1, 4) }, () => rng.pick([createHighlight, createHighlight, saveNote, savePosition]))
  await Promise.all(group.map((op) => op()))
}
