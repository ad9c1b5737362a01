import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Library } from '../../../src/shared/api'
import { seededRandom } from '../helpers/clock'
import { openHandlers, SEED_IDS, SEEDS_DIR, valueOf } from '../helpers/backend'
import { makeTempDir } from '../helpers/temp-dir'

/** Random bytes from a fixed seed, with NULs guaranteed: what a stray image or archive looks like. */
function binaryBytes(length: number): Buffer {
  const next = seededRandom(7)
  const bytes = Buffer.alloc(length)
  for (let i = 0; i < length; i++) bytes[i] = i % 97 === 0 ? 0 : Math.floor(next() * 256)
  return bytes
}

describe('listLibrary over a corpus folder with bad files', () => {
  it('lists the good articles and every bad file in `failed` with its code and reason', async () => {
    const corpus = await makeTempDir('corpus')
    const [goodA, goodB] = [SEED_IDS[0] as string, SEED_IDS[3] as string]
    await fsp.copyFile(join(SEEDS_DIR, `${goodA}.txt`), join(corpus, `${goodA}.txt`))
    await fsp.copyFile(join(SEEDS_DIR, `${goodB}.txt`), join(corpus, `${goodB}.txt`))
    await fsp.writeFile(join(corpus, 'empty.txt'), '')
    await fsp.writeFile(join(corpus, 'photo.txt'), binaryBytes(2048))
    // Valid Arabic UTF-8 with 0xff 0xfe spliced into the middle: not UTF-8, and not a BOM either.
    const seed = await fsp.readFile(join(SEEDS_DIR, `${goodB}.txt`))
    const middle = seed.indexOf(0x20, Math.floor(seed.length / 2))
    await fsp.writeFile(join(corpus, 'mangled.txt'), Buffer.concat([seed.subarray(0, middle), Buffer.from([0xff, 0xfe]), seed.subarray(middle)]))

    const { handlers } = await openHandlers({ dataDir: await makeTempDir('corpus-data'), seedsDir: corpus })
    const library = valueOf<Library>(await handlers.listLibrary([]))

    expect(library.articles.map((a) => a.id)).toEqual([goodA, goodB])
    expect(library.failed).toEqual([
      { id: 'empty', sourceFile: 'empty.txt', code: 'empty', message: expect.stringMatching(/empty/i) },
      { id: 'mangled', sourceFile: 'mangled.txt', code: 'undecodable', message: expect.stringMatching(/not valid UTF-8/) },
      { id: 'photo', sourceFile: 'photo.txt', code: 'binary', message: expect.stringMatching(/binary/) },
    ])
    expect(await handlers.getArticle(['mangled'])).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })

  it('ignores hidden files and sub-folders in the corpus folder', async () => {
    const corpus = await makeTempDir('corpus')
    await fsp.copyFile(join(SEEDS_DIR, `${SEED_IDS[0]}.txt`), join(corpus, `${SEED_IDS[0]}.txt`))
    await fsp.writeFile(join(corpus, '.DS_Store'), binaryBytes(64))
    await fsp.mkdir(join(corpus, 'drafts'))
    const { handlers } = await openHandlers({ dataDir: await makeTempDir('corpus-data'), seedsDir: corpus })
    const library = valueOf<Library>(await handlers.listLibrary([]))
    expect(library.articles.map((a) => a.id)).toEqual([SEED_IDS[0]])
    expect(library.failed).toEqual([])
  })
})
