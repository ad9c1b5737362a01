import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { nodeDurableFs } from '../../src/backend/store/durable-fs'
import { writeFileDurably } from '../../src/backend/store/durable-write'
import { ANNOTATIONS_VERSION, annotationsSpec, type Highlight } from '../../src/core/store/annotations'

/**
 * The floor the per-article layout is measured against: every highlight in ONE JSON file, as a
 * single-file lowdb store would hold them. A change costs stringify of everything plus the same
 * durable write the store uses (unique temp, write, fsync, rename, fsync folder); an open costs
 * read + JSON.parse + the same schema validation.
 */
export interface SingleFileReference {
  bytes: number
  writeMs: number[]
  openMs: number[]
}

export async function measureSingleFile(dir: string, highlights: readonly Highlight[], writes: number, opens: number): Promise<SingleFileReference> {
  const doc = { schemaVersion: ANNOTATIONS_VERSION, articleId: 'all', highlights: structuredClone(highlights) as Highlight[] }
  const path = join(dir, 'all-highlights.json')
  const writeMs: number[] = []
  let bytes = 0
  for (let i = 0; i < writes; i++) {
    const h = doc.highlights[(i * 7919) % doc.highlights.length] as Highlight
    const start = performance.now()
    h.comment = `مراجعة ${i}`
    h.updatedAt = new Date().toISOString()
    const text = `${JSON.stringify(doc)}\n`
    await writeFileDurably(nodeDurableFs, path, text)
    writeMs.push(performance.now() - start)
    bytes = Buffer.byteLength(text)
  }
  const spec = annotationsSpec('all')
  const openMs: number[] = []
  for (let i = 0; i < opens; i++) {
    const start = performance.now()
    spec.validate(JSON.parse(await readFile(path, 'utf8')))
    openMs.push(performance.now() - start)
  }
  return { bytes, writeMs, openMs }
}
