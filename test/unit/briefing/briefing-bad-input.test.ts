import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeBriefingFile } from '../../../src/backend/briefing/briefing-file'
import { briefingFor } from '../../../src/backend/briefing/briefing-service'
import type { Briefing, BriefingScope } from '../../../src/core/briefing/scope'
import type { Result } from '../../../src/shared/result'
import { all, parseMarkdown, textOf, withoutMark } from '../../support/markdown'
import { openHandlers, SEEDS_DIR, valueOf } from '../helpers/backend'
import { makeReadOnly, makeTempDir, readOnlyFoldersPossible } from '../helpers/temp-dir'
import { A001, briefingFixture, NOW } from './fixture'

const OPTIONS = { lang: 'ar' as const, sections: { entities: true, articles: true, sources: true } }
const readOnly = await readOnlyFoldersPossible()

describe('an empty scope', () => {
  it.each<[string, BriefingScope]>([
    ['no entity chosen', { kind: 'entities', entityIds: [] }],
    ['no article chosen', { kind: 'articles', articleIds: [] }],
    ['no colour and no tag', { kind: 'highlights', colors: [], tagIds: [] }],
    ['a colour no highlight has', { kind: 'highlights', colors: ['purple'], tagIds: [] }],
  ])('%s: a clear refusal, details.reason "empty-scope"', async (_what, scope) => {
    const f = await briefingFixture()
    const result = await briefingFor(f.backend, scope, OPTIONS, NOW)
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', details: { reason: 'empty-scope' } } })
    expect((result as Extract<Result<Briefing>, { ok: false }>).error.message).toMatch(/^(Choose at least|Nothing to export)/)
  })

  it('an article with nothing to say (no highlight, no mention) when the registry is empty', async () => {
    const dataDir = await makeTempDir('briefing-empty')
    const empty = await makeTempDir('seeds')
    await fsp.copyFile(join(SEEDS_DIR, `${A001}.txt`), join(empty, `${A001}.txt`))
    const { backend } = await openHandlers({ dataDir, seedsDir: empty })
    const result = await briefingFor(backend, { kind: 'articles', articleIds: [A001] }, OPTIONS, NOW)
    expect(result).toMatchObject({ ok: false, error: { details: { reason: 'empty-scope' } } })
  })

  it('every section turned off', async () => {
    const f = await briefingFixture()
    const result = await briefingFor(f.backend, { kind: 'articles', articleIds: [A001] }, { lang: 'en', sections: { entities: false, articles: false, sources: false } }, NOW)
    expect(result).toMatchObject({ ok: false, error: { details: { reason: 'empty-scope' } } })
  })

  it('an unknown entity or article is not found, not empty', async () => {
    const f = await briefingFixture()
    expect(await briefingFor(f.backend, { kind: 'entities', entityIds: ['nobody'] }, OPTIONS, NOW)).toMatchObject({ ok: false, error: { code: 'not-found', details: { reason: 'unknown-entity', id: 'nobody' } } })
    expect(await briefingFor(f.backend, { kind: 'articles', articleIds: ['nothing'] }, OPTIONS, NOW)).toMatchObject({ ok: false, error: { code: 'not-found', details: { reason: 'unknown-article' } } })
  })
})

describe('an entity no source mentions', () => {
  it('gets its section, which says so', async () => {
    const f = await briefingFixture()
    const created = valueOf<{ id: string }>(await f.handlers.createEntity([{ type: 'person', nameAr: 'شخص غير مذكور', nameLatin: 'Nobody Mentioned', aliases: [], description: '' }]))
    const briefing = valueOf<Briefing>(await briefingFor(f.backend, { kind: 'entities', entityIds: [created.id] }, OPTIONS, NOW))
    const paragraphs = all(parseMarkdown(briefing.markdown), 'paragraph').map((p) => withoutMark(textOf(p)))
    expect(paragraphs).toContain('لا يذكر أيٌّ من مقالات النطاق هذا الكيان.')
    expect(paragraphs).toContain('لا اقتباسات عن هذا الكيان في النطاق.')
    expect(briefing.stats).toMatchObject({ entities: 1, quotes: 0 })
  })
})

describe('writing the file', () => {
  const files = async (dir: string): Promise<string[]> => (await fsp.readdir(dir)).sort()

  it('writes the exact text, atomically, leaving no temp file', async () => {
    const dir = await makeTempDir('out')
    const result = await writeBriefingFile(join(dir, 'إحاطة.md'), '# نص\n', { overwrite: false })
    expect(result).toMatchObject({ ok: true })
    expect(await files(dir)).toEqual(['إحاطة.md'])
    expect(await fsp.readFile(join(dir, 'إحاطة.md'), 'utf8')).toBe('# نص\n')
  })

  it('refuses a folder that does not exist, with a clear error, creating nothing', async () => {
    const dir = await makeTempDir('out')
    const result = await writeBriefingFile(join(dir, 'missing', 'b.md'), 'x', { overwrite: false })
    expect(result).toMatchObject({ ok: false, error: { code: 'write-failed', details: { reason: 'ENOENT' } } })
    expect(!result.ok && result.error.message).toMatch(/the folder does not exist/)
    expect(await files(dir)).toEqual([])
  })

  it.skipIf(!readOnly.possible)('refuses a folder that is not writable, leaving nothing partial behind', async () => {
    const dir = await makeTempDir('out')
    await fsp.writeFile(join(dir, 'old.md'), 'old')
    await makeReadOnly(dir)
    const result = await writeBriefingFile(join(dir, 'old.md'), 'new text', { overwrite: true })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error.message).toMatch(/^Could not write .*old\.md: /)
    expect(await files(dir)).toEqual(['old.md'])
    expect(await fsp.readFile(join(dir, 'old.md'), 'utf8')).toBe('old')
  })

  it('never replaces an existing file unless told the user agreed', async () => {
    const dir = await makeTempDir('out')
    await fsp.writeFile(join(dir, 'b.md'), 'mine')
    expect(await writeBriefingFile(join(dir, 'b.md'), 'new', { overwrite: false })).toMatchObject({ ok: false, error: { details: { reason: 'exists' } } })
    expect(await fsp.readFile(join(dir, 'b.md'), 'utf8')).toBe('mine')
    expect(await writeBriefingFile(join(dir, 'b.md'), 'new', { overwrite: true })).toMatchObject({ ok: true })
    expect(await fsp.readFile(join(dir, 'b.md'), 'utf8')).toBe('new')
  })

  it('refuses to write over a folder', async () => {
    const dir = await makeTempDir('out')
    await fsp.mkdir(join(dir, 'x.md'))
    expect(await writeBriefingFile(join(dir, 'x.md'), 'new', { overwrite: true })).toMatchObject({ ok: false, error: { details: { reason: 'not-a-file' } } })
  })
})
