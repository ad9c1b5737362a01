import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Article } from '../../../src/core/corpus/types'
import type { ReadingSettings } from '../../../src/core/store/settings'
import type { Library, Session } from '../../../src/shared/api'
import { manualClock } from '../helpers/clock'
import { closeBackend, openHandlers, SEED_IDS, SEEDS_DIR, valueOf } from '../helpers/backend'
import { makeTempDir } from '../helpers/temp-dir'

async function setup() {
  const dataDir = await makeTempDir('handlers')
  const clock = manualClock('2025-03-01T08:00:00.000Z')
  const { backend, handlers } = await openHandlers({ dataDir, seedsDir: SEEDS_DIR, now: clock.now })
  const settingsFile = join(dataDir, 'settings.json')
  const onDisk = async () => JSON.parse(await fsp.readFile(settingsFile, 'utf8'))
  return { dataDir, clock, backend, handlers, settingsFile, onDisk }
}

describe('handlers: library and articles', () => {
  it('lists the five bundled seeds, none failed', async () => {
    const { handlers } = await setup()
    const library = valueOf<Library>(await handlers.listLibrary([]))
    expect(library.articles.map((a) => a.id)).toEqual(SEED_IDS)
    expect(library.failed).toEqual([])
    for (const a of library.articles) {
      expect(a.contentHash).toMatch(/^[0-9a-f]{64}$/)
      expect(a.meta.title.length).toBeGreaterThan(0)
    }
  })

  it('returns an article by id, with text and blocks', async () => {
    const { handlers } = await setup()
    const article = valueOf<Article>(await handlers.getArticle([SEED_IDS[1]]))
    expect(article.id).toBe(SEED_IDS[1])
    expect(article.text.length).toBeGreaterThan(100)
    expect(article.blocks.length).toBeGreaterThan(0)
  })

  it('answers not-found for an id no article has', async () => {
    const { handlers } = await setup()
    expect(await handlers.getArticle(['no-such-article'])).toEqual({ ok: false, error: { code: 'not-found', message: 'No article with id "no-such-article".' } })
    expect(await handlers.getArticle(['__proto__'])).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })

  const badGetArticle: [string, unknown][] = [
    ['a number instead of a string', [42]],
    ['a parent-folder path', ['../x']],
    ['a bare ".."', ['..']],
    ['a path with a slash', ['a/b']],
    ['a path with a backslash', ['a\\b']],
    ['a NUL character', ['a\u0000b']],
    ['a 10,000-character id', ['x'.repeat(10_000)]],
    ['an empty id', ['']],
    ['an extra argument', [SEED_IDS[0], 'extra']],
    ['no arguments', []],
    ['arguments that are not a list', SEED_IDS[0]],
    ['undefined arguments', undefined],
  ]
  for (const [name, args] of badGetArticle) {
    it(`refuses getArticle with ${name} as invalid-request, naming the method`, async () => {
      const { handlers } = await setup()
      const result = await handlers.getArticle(args)
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringMatching(/^getArticle: \S/) } })
    })
  }
})

describe('handlers: settings', () => {
  it('persists an update to disk, and a reopened backend reads it back', async () => {
    const { dataDir, backend, handlers, onDisk } = await setup()
    const updated = valueOf<ReadingSettings>(await handlers.updateSettings([{ fontSize: 24, theme: 'dark' }]))
    expect(updated).toMatchObject({ fontSize: 24, theme: 'dark', font: 'naskh' })
    expect((await onDisk()).reading).toMatchObject({ fontSize: 24, theme: 'dark' })

    await closeBackend(backend)
    const reopened = await openHandlers({ dataDir, seedsDir: SEEDS_DIR })
    expect(valueOf<ReadingSettings>(await reopened.handlers.getSettings([]))).toMatchObject({ fontSize: 24, theme: 'dark' })
  })

  const badPatches: [string, unknown][] = [
    ['fontSize as a word', [{ fontSize: 'big' }]],
    ['fontSize above the range', [{ fontSize: 99 }]],
    ['fontSize below the range', [{ fontSize: 13 }]],
    ['a fractional fontSize', [{ fontSize: 20.5 }]],
    ['lineHeight above the range', [{ lineHeight: 3 }]],
    ['an unknown theme', [{ theme: 'neon' }]],
    ['an unknown key', [{ colour: 'red' }]],
    ['an unknown key beside a good one', [{ fontSize: 22, extra: true }]],
    ['a __proto__ key (as JSON.parse makes it)', JSON.parse('[{"__proto__":{"fontSize":30,"polluted":true}}]')],
    ['a constructor key', [{ constructor: { prototype: { polluted: true } } }]],
    ['null as the patch', [null]],
    ['a list as the patch', [[]]],
    ['an extra argument', [{ fontSize: 22 }, { fontSize: 30 }]],
  ]
  for (const [name, args] of badPatches) {
    it(`refuses updateSettings with ${name} as invalid-request and writes nothing`, async () => {
      const { handlers, settingsFile } = await setup()
      valueOf(await handlers.updateSettings([{ fontSize: 18 }])) // make the file exist
      const before = await fsp.readFile(settingsFile)

      const result = await handlers.updateSettings(args)

      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringMatching(/^updateSettings: \S/) } })
      expect(await fsp.readFile(settingsFile)).toEqual(before)
      expect(valueOf<ReadingSettings>(await handlers.getSettings([])).fontSize).toBe(18)
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    })
  }

  it('ignores keys whose value is undefined (Electron IPC can carry them) instead of writing a broken document', async () => {
    const { handlers, onDisk } = await setup()
    valueOf(await handlers.updateSettings([{ fontSize: 22 }]))
    const result = valueOf<ReadingSettings>(await handlers.updateSettings([{ fontSize: undefined, theme: 'sepia' }]))
    expect(result).toMatchObject({ fontSize: 22, theme: 'sepia' })
    expect((await onDisk()).reading).toMatchObject({ fontSize: 22, theme: 'sepia' })
  })

  it('keeps the last of many concurrent updates on disk', async () => {
    const { handlers, onDisk } = await setup()
    const sizes = Array.from({ length: 19 }, (_, i) => 14 + i)
    const results = await Promise.all(sizes.map((fontSize) => handlers.updateSettings([{ fontSize }])))
    expect(results.every((r) => r.ok)).toBe(true)
    expect((await onDisk()).reading.fontSize).toBe(32)
  })
})

describe('handlers: reading position', () => {
  it('saves the position and the last article, on disk, stamped with the injected clock', async () => {
    const { handlers, onDisk } = await setup()
    expect(await handlers.saveReadingPosition([SEED_IDS[2], { offset: 1500, progress: 0.4 }])).toEqual({ ok: true, value: null })
    const expected = { lastArticleId: SEED_IDS[2], positions: { [SEED_IDS[2] as string]: { offset: 1500, progress: 0.4, updatedAt: '2025-03-01T08:00:00.000Z' } } }
    expect((await onDisk()).session).toEqual(expected)
    expect(valueOf<Session>(await handlers.getSession([]))).toEqual(expected)
  })

  it('refuses a position for an unknown article as not-found and writes nothing', async () => {
    const { handlers, settingsFile } = await setup()
    expect(await handlers.saveReadingPosition(['nope', { offset: 1, progress: 0.1 }])).toMatchObject({ ok: false, error: { code: 'not-found' } })
    await expect(fsp.access(settingsFile)).rejects.toThrow()
  })

  const badPositions: [string, unknown][] = [
    ['progress above 1', [SEED_IDS[0], { offset: 1, progress: 2 }]],
    ['a negative offset', [SEED_IDS[0], { offset: -1, progress: 0.5 }]],
    ['an unknown key', [SEED_IDS[0], { offset: 1, progress: 0.5, updatedAt: 'forged' }]],
    ['a missing position', [SEED_IDS[0]]],
    ['a path as the id', ['../settings', { offset: 1, progress: 0.5 }]],
  ]
  for (const [name, args] of badPositions) {
    it(`refuses saveReadingPosition with ${name} as invalid-request and writes nothing`, async () => {
      const { handlers, settingsFile } = await setup()
      const result = await handlers.saveReadingPosition(args)
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringMatching(/^saveReadingPosition: \S/) } })
      await expect(fsp.access(settingsFile)).rejects.toThrow()
    })
  }
})

describe('handlers: start-up report', () => {
  it('reports the data folder and what the store had to say', async () => {
    const { dataDir, handlers } = await setup()
    expect(await handlers.getStartupReport([])).toEqual({ ok: true, value: { dataDir, notices: [] } })
  })

  it('reports a damaged settings file restored from its backup', async () => {
    const dataDir = await makeTempDir('handlers')
    const first = await openHandlers({ dataDir, seedsDir: SEEDS_DIR })
    valueOf(await first.handlers.updateSettings([{ fontSize: 30 }]))
    await closeBackend(first.backend)
    const second = await openHandlers({ dataDir, seedsDir: SEEDS_DIR }) // takes a backup of the good file
    await closeBackend(second.backend)
    await fsp.writeFile(join(dataDir, 'settings.json'), Buffer.alloc(100)) // a crash left NULs

    const third = await openHandlers({ dataDir, seedsDir: SEEDS_DIR })
    const report = valueOf<{ notices: { kind: string }[] }>(await third.handlers.getStartupReport([]))
    expect(report.notices).toEqual([expect.objectContaining({ kind: 'restored', document: 'settings' })])
    expect(valueOf<ReadingSettings>(await third.handlers.getSettings([])).fontSize).toBe(30)
  })
})

describe('handlers: a settings patch changes only what it names', () => {
  it('keeps the underline choices when another setting changes', async () => {
    const { handlers, onDisk } = await setup()
    valueOf(await handlers.updateSettings([{ underlines: ['person'] }]))
    valueOf(await handlers.updateSettings([{ font: 'amiri' }]))
    expect((await onDisk()).reading).toMatchObject({ font: 'amiri', underlines: ['person'] })
  })
})
