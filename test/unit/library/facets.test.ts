import { describe, expect, it } from 'vitest'
import type { Entity } from '../../../src/core/entities/types'
import type { LibraryFacets } from '../../../src/shared/library-api'
import { seedBytes, seedFiles } from '../../support/seeds'
import { openHandlers, SEEDS_DIR, SEED_IDS, valueOf } from '../helpers/backend'
import { makeTempDir } from '../helpers/temp-dir'

describe('what the library filters on', () => {
  it('counts highlights per article and finds the articles that mention an entity', async () => {
    const { handlers } = await openHandlers({ dataDir: await makeTempDir('facets'), seedsDir: SEEDS_DIR, workers: 'inline' })
    const text = seedBytes(seedFiles()[3] as string).toString('utf8')
    const at = text.indexOf('زوكربيرغ')
    for (const offset of [0, 8]) valueOf(await handlers.createHighlights([{ articleId: SEED_IDS[3], start: at + offset, end: at + offset + 4, color: 'yellow' }]))
    expect(valueOf<LibraryFacets>(await handlers.getLibraryFacets([])).highlightCounts).toEqual({ [SEED_IDS[3] as string]: 2 })

    // The bundled registry (seeds/entities.json) knows him.
    const entity = valueOf<Entity[]>(await handlers.listEntities([])).find((e) => e.nameLatin === 'Alexandr Wang') as Entity
    const ids = valueOf<string[]>(await handlers.articlesWithEntity([entity.id]))
    const mentioning = SEED_IDS.filter((_, i) => /ألكسندر وانغ|Alexandr Wang/.test(seedBytes(seedFiles()[i] as string).toString('utf8')))
    expect(ids.sort()).toEqual([...mentioning].sort())
    expect(ids.length).toBeGreaterThan(0)
    expect(await handlers.articlesWithEntity(['missing'])).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })
})
