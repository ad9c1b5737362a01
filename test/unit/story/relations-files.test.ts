import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { saveBriefing } from '../../../src/backend/briefing/save-briefing'
import { cli } from '../../../src/cli/main'
import type { SavedBriefing } from '../../../src/shared/api'
import { closeBackend, SEEDS_DIR, valueOf } from '../helpers/backend'
import { makeTempDir } from '../helpers/temp-dir'
import { briefingFixture, NOW } from '../briefing/fixture'

async function run(argv: string[], dataDir: string): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = []
  const err: string[] = []
  const env = { DAFTAR_DATA_DIR: dataDir, DAFTAR_SEEDS_DIR: SEEDS_DIR, SOURCE_DATE_EPOCH: String(NOW().getTime() / 1000) }
  const code = await cli(argv, env, process.cwd(), (l) => out.push(l), (l) => err.push(l))
  return { code, out, err }
}

const ARGS = ['export', '--everything', '--lang', 'en', '--title', 'Story', '--with', 'relations']

describe('the relation graph SVG is written beside the briefing', () => {
  it('the CLI writes it beside --out, under the name the Markdown links to; an existing SVG is refused without --force, and nothing is written', async () => {
    const { backend, dataDir } = await briefingFixture()
    await closeBackend(backend)
    const outDir = await makeTempDir('cli-svg')
    const md = join(outDir, 'story.md')
    const first = await run([...ARGS, '--out', md], dataDir)
    expect(first).toMatchObject({ code: 0, err: [] })
    const svg = join(outDir, 'Story.relations.svg')
    expect(first.out[0]).toContain(`beside it ${svg}`)
    const markdown = await fsp.readFile(md, 'utf8')
    expect(markdown).toContain('](./Story.relations.svg)')
    expect(await fsp.readFile(svg, 'utf8')).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/)

    // Another Markdown name, same SVG name: the SVG is taken, so nothing is written.
    const other = join(outDir, 'other.md')
    const refused = await run([...ARGS, '--out', other], dataDir)
    expect(refused.code).toBe(1)
    expect(refused.err[0]).toBe(`daftar: ${svg} already exists; pass --force to replace it.`)
    await expect(fsp.access(other)).rejects.toThrow()

    await fsp.writeFile(svg, 'old')
    const forced = await run([...ARGS, '--out', other, '--force'], dataDir)
    expect(forced.code).toBe(0)
    expect(await fsp.readFile(svg, 'utf8')).not.toBe('old')
  })

  it('the app saves it beside the chosen path; browser mode hands it back to download', async () => {
    const { backend } = await briefingFixture()
    const outDir = await makeTempDir('save-svg')
    const options = { lang: 'ar' as const, sections: { entities: true, articles: false, sources: true }, with: ['relations' as const], title: 'قصة' }
    const saved = valueOf<SavedBriefing>(await saveBriefing(backend, { chooseSavePath: async () => join(outDir, 'chosen.md') }, { kind: 'everything' }, options, NOW))
    expect(saved.kind).toBe('saved')
    expect((await fsp.readdir(outDir)).sort()).toEqual(['chosen.md', 'قصة.relations.svg'])
    const download = valueOf<SavedBriefing>(await saveBriefing(backend, {}, { kind: 'everything' }, options, NOW))
    expect(download.kind === 'download' && download.files?.map((f) => [f.name, f.mediaType])).toEqual([['قصة.relations.svg', 'image/svg+xml']])
    await closeBackend(backend)
  })
})
