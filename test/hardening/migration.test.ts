import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openBackend } from '../../src/backend/backend'
import { createHandlers } from '../../src/backend/handlers'
import { NodeDocumentStorage } from '../../src/backend/store/node-document-storage'
import { annotationsSpec } from '../../src/core/store/annotations'
import type { DocumentSpec, VersionedDocument } from '../../src/core/store/document-spec'
import { entitiesSpec } from '../../src/core/store/entities'
import { noteSpec } from '../../src/core/store/notes'
import { openDocument } from '../../src/core/store/open-document'
import { settingsSpec } from '../../src/core/store/settings'
import type { ArticleHighlights, NoteSummary } from '../../src/shared/api'
import type { Entity } from '../../src/core/entities/types'
import { SEEDS_DIR } from '../unit/helpers/backend'
import { makeTempDir } from '../unit/helpers/temp-dir'
import { valueOf } from './support'

/**
 * Store files as earlier versions of Daftar wrote them (frozen: see migration/make-fixtures.ts).
 * schemaVersion 1 is the only version so far; "before underlines" is a version-1 settings file from
 * before that optional field existed. Every future version adds its folder here.
 */
const FIXTURES = join(import.meta.dirname, 'fixtures')
const PAST_VERSIONS = ['schema-v1', 'schema-v1-before-underlines']

async function filesUnder(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>()
  for (const entry of await fsp.readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.json') || entry.parentPath.includes('backups')) continue
    const path = join(entry.parentPath, entry.name)
    files.set(path.slice(dir.length + 1), await fsp.readFile(path))
  }
  return files
}

async function copyOf(version: string): Promise<string> {
  const dir = await makeTempDir(`migrate-${version}`)
  await fsp.cp(join(FIXTURES, version), dir, { recursive: true })
  return dir
}

interface Highlight {
  id: string
  target: { position: { start: number; end: number } }
}
const fixtureJson = async (version: string, path: string): Promise<Record<string, unknown>> =>
  JSON.parse(await fsp.readFile(join(FIXTURES, version, path), 'utf8')) as Record<string, unknown>

describe('past store files open in this version with nothing lost', () => {
  for (const version of PAST_VERSIONS) {
    it(`${version}: counts, ids and anchors unchanged; opening twice rewrites nothing`, async () => {
      const dataDir = await copyOf(version)
      let before = await filesUnder(dataDir)
      for (let run = 1; run <= 2; run++) {
        const backend = await openBackend({ dataDir, seedsDir: SEEDS_DIR })
        const api = createHandlers(backend)
        for (const [path, bytes] of before) {
          if (!path.startsWith('annotations/')) continue
          const doc = JSON.parse(bytes.toString('utf8')) as { articleId: string; highlights: Highlight[] }
          const listed = valueOf<ArticleHighlights>(await api.listHighlights([doc.articleId])).highlights
          expect(listed.map((h) => [h.id, h.anchor])).toEqual(doc.highlights.map((h) => [h.id, { start: h.target.position.start, end: h.target.position.end }]))
        }
        for (const [path, bytes] of before) {
          if (!path.startsWith('notes/')) continue
          const { note } = JSON.parse(bytes.toString('utf8')) as { note: { id: string; title: string } }
          expect(valueOf<NoteSummary[]>(await api.listNotes([])).map((n) => [n.id, n.title])).toContainEqual([note.id, note.title])
        }
        if ((await filesUnder(join(FIXTURES, version))).has('entities.json')) {
          const registry = (await fixtureJson(version, 'entities.json')) as { entities: Entity[] }
          expect(valueOf<Entity[]>(await api.listEntities([])).map((e) => e.id)).toEqual(registry.entities.map((e) => e.id))
        }
        const settings = (await fixtureJson(version, 'settings.json')) as { reading: Record<string, unknown> }
        expect(valueOf(await api.getSettings([]))).toMatchObject(settings.reading)
        expect(backend.allNotices()).toEqual([])
        await backend.close()
        // Opening is not a change: every document keeps its bytes (backups aside), run after run. The
        // one file a first start may add is the entity registry, when the folder predates it.
        const after = await filesUnder(dataDir)
        expect(new Map([...after].filter(([path]) => before.has(path)))).toEqual(before)
        expect([...after.keys()].filter((path) => !before.has(path))).toEqual(run === 1 && !before.has('entities.json') ? ['entities.json'] : [])
        before = after
      }
    })
  }
})

/** The spec as a future version 2 would have it: one migration that adds a field. */
function nextVersionOf<T extends VersionedDocument>(spec: DocumentSpec<T>): DocumentSpec<T> {
  return {
    ...spec,
    currentVersion: 2,
    migrations: [{ from: 1, to: 2, describe: 'adds addedInV2', migrate: (doc) => ({ ...doc, addedInV2: true }) }],
    validate: (value) => {
      const { addedInV2, ...rest } = value as Record<string, unknown>
      if (addedInV2 !== true) throw new Error('addedInV2 missing')
      return { ...spec.validate({ ...rest, schemaVersion: 1 }), schemaVersion: 2, addedInV2 } as T
    },
    defaults: () => ({ ...spec.defaults(), schemaVersion: 2, addedInV2: true }),
  }
}

describe('a migration on the frozen version-1 files (the machinery a version 2 will use)', () => {
  const documents = async (): Promise<{ path: string; spec: DocumentSpec<VersionedDocument> }[]> => {
    const files = await filesUnder(join(FIXTURES, 'schema-v1'))
    const specs: { path: string; spec: DocumentSpec<VersionedDocument> }[] = [
      { path: 'settings.json', spec: settingsSpec },
      { path: 'entities.json', spec: entitiesSpec },
    ]
    for (const path of files.keys()) {
      const id = path.split('/')[1]?.replace(/\.json$/, '') ?? ''
      if (path.startsWith('annotations/')) specs.push({ path, spec: annotationsSpec(id) })
      if (path.startsWith('notes/')) specs.push({ path, spec: noteSpec(id, () => new Date()) })
    }
    return specs
  }

  it('backs up the old file first, keeps every record, and is a no-op when run again', async () => {
    const dataDir = await copyOf('schema-v1')
    const specs = await documents()
    expect(specs.length).toBeGreaterThanOrEqual(5)
    for (const { path, spec } of specs) {
      const file = join(dataDir, path)
      const dir = join(file, '..')
      const stem = path.split('/').pop()?.replace(/\.json$/, '') ?? ''
      const oldBytes = await fsp.readFile(file)
      const storage = new NodeDocumentStorage<VersionedDocument>(dir, stem)
      const v2 = nextVersionOf(spec)

      const first = await openDocument(v2, storage)
      expect(first.notices, path).toEqual([{ kind: 'migrated', document: spec.name, from: 1, to: 2 }])
      const backups = await storage.listBackups()
      expect(backups, path).toHaveLength(1)
      expect(await fsp.readFile(backups[0]?.location ?? '')).toEqual(oldBytes)
      const migrated = JSON.parse(await fsp.readFile(file, 'utf8')) as Record<string, unknown>
      expect(migrated).toEqual({ ...JSON.parse(oldBytes.toString('utf8')), schemaVersion: 2, addedInV2: true })

      const migratedBytes = await fsp.readFile(file)
      const again = await openDocument(v2, storage, { backup: 'before-first-change' })
      expect(again.notices, path).toEqual([])
      expect(await fsp.readFile(file)).toEqual(migratedBytes)
      expect(await storage.listBackups()).toHaveLength(1)
    }
  })
})
