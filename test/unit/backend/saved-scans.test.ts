import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Backend } from '../../../src/backend/backend'
import { MENTION_SHARDS } from '../../../src/backend/entities/saved-scans'
import { shardFile, shardOf } from '../../../src/backend/store/sharded-json'
import type { ArticleEntities, EntityInput } from '../../../src/shared/api'
import { closeBackend, openHandlers, SEED_IDS, SEEDS_DIR, valueOf } from '../helpers/backend'
import { makeTempDir } from '../helpers/temp-dir'

const ARTICLE = SEED_IDS[4] as string
const mentionsDir = (dataDir: string): string => join(dataDir, 'index', 'mentions')

async function start(dataDir: string): Promise<{ backend: Backend; mentions: () => ArticleEntities }> {
  const { backend } = await openHandlers({ dataDir, seedsDir: SEEDS_DIR, workers: 'inline' })
  await backend.mentionsRead
  return { backend, mentions: () => valueOf<ArticleEntities>(backend.entities.forArticle(ARTICLE)) }
}

/**
 * Puts a mention no scan would find into the saved scan of the article: if the next start shows
 * it, the saved scan was used; if not, the article was scanned again.
 */
async function plantMention(dataDir: string): Promise<{ start: number; end: number; entityId: string }> {
  const path = shardFile(mentionsDir(dataDir), shardOf(ARTICLE, MENTION_SHARDS))
  // Saved packed: each mention is (start, end, the place of its entity's id in `ids`).
  const shard = JSON.parse(await readFile(path, 'utf8')) as { entries: [string, { ids: string[]; found: number[] }][] }
  const planted = { start: 0, end: 3, entityId: 'meta' }
  for (const [id, saved] of shard.entries) {
    if (id !== ARTICLE) continue
    if (!saved.ids.includes('meta')) saved.ids.push('meta')
    saved.found.unshift(planted.start, planted.end, saved.ids.indexOf('meta'))
  }
  await writeFile(path, JSON.stringify(shard))
  return planted
}

const input = (over: Partial<EntityInput>): EntityInput => ({ type: 'org', nameAr: '', nameLatin: '', aliases: [], description: '', ...over })

describe('the mention index saved beside the store', () => {
  it('keeps each article’s scan between starts: the next start uses it instead of scanning again', async () => {
    const dataDir = await makeTempDir('saved-scans')
    const first = await start(dataDir)
    const before = first.mentions()
    expect(before.mentions.length).toBeGreaterThan(0)
    await closeBackend(first.backend)
    expect((await readdir(mentionsDir(dataDir))).length).toBeGreaterThan(0)

    const planted = await plantMention(dataDir)
    const second = await start(dataDir)
    expect(second.mentions().mentions).toContainEqual(planted)
    expect(second.mentions().mentions.filter((m) => m !== planted && m.start !== 0)).toEqual(before.mentions.filter((m) => m.start !== 0))
  })

  it('scans again when the registry changed since', async () => {
    const dataDir = await makeTempDir('saved-scans-registry')
    const first = await start(dataDir)
    first.mentions()
    await closeBackend(first.backend)
    const planted = await plantMention(dataDir)
    const second = await start(dataDir)
    expect(second.mentions().mentions).toContainEqual(planted)
    valueOf(await second.backend.entities.create(input({ nameAr: 'قرنفلة', nameLatin: 'Carnationix' })))
    expect(second.mentions().mentions).not.toContainEqual(planted)
  })

  it('is never fatal when damaged: the article is scanned again and the shard rewritten', async () => {
    const dataDir = await makeTempDir('saved-scans-damaged')
    const first = await start(dataDir)
    const before = first.mentions()
    await closeBackend(first.backend)
    const path = shardFile(mentionsDir(dataDir), shardOf(ARTICLE, MENTION_SHARDS))
    await writeFile(path, '{"format":3,"entries":[["x",')
    const second = await start(dataDir)
    expect(second.mentions()).toEqual(before)
    await closeBackend(second.backend)
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ format: 3 })
  })
})
