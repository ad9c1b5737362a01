import * as fsp from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isStale } from '../../../scripts/build-if-stale.mjs'
import { makeTempDir } from '../helpers/temp-dir'

const BUILT = ['out/renderer/index.html', 'out/node/web.js', 'out/node/cli.js', 'out/main/index.js', 'out/preload/index.cjs']
const WORD_LIST = 'out/dictionary/ar-words.btrie'

async function touch(dir: string, path: string, at: Date): Promise<void> {
  const file = join(dir, path)
  await fsp.mkdir(dirname(file), { recursive: true })
  await fsp.writeFile(file, '')
  await fsp.utimes(file, at, at)
}

const DAY = 86_400_000
const yesterday = new Date(Date.now() - DAY)
const today = new Date()

/** A project whose word list was written a week ago, its sources yesterday, its bundles today. */
async function builtProject(): Promise<string> {
  const dir = await makeTempDir('build-if-stale')
  await touch(dir, WORD_LIST, new Date(Date.now() - 7 * DAY))
  await touch(dir, 'src/web/main.ts', yesterday)
  await touch(dir, 'package.json', yesterday)
  for (const path of BUILT) await touch(dir, path, today)
  return dir
}

describe('build-if-stale (npm test and npm run web build first only when needed)', () => {
  it('is fresh when every bundle is newer than the sources, however old the word list (written once from its package)', async () => {
    expect(isStale(await builtProject())).toBe(false)
  })

  it('is stale when a source changed after the bundles', async () => {
    const dir = await builtProject()
    await touch(dir, 'src/web/main.ts', new Date(Date.now() + DAY))
    expect(isStale(dir)).toBe(true)
  })

  it('is stale when a bundle or the word list is missing', async () => {
    const withoutBundle = await builtProject()
    await fsp.rm(join(withoutBundle, 'out/node/web.js'))
    expect(isStale(withoutBundle)).toBe(true)
    const withoutWords = await builtProject()
    await fsp.rm(join(withoutWords, WORD_LIST))
    expect(isStale(withoutWords)).toBe(true)
  })
})
