import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCommand } from '../../../src/cli/args'
import { cli } from '../../../src/cli/main'
import type { Briefing, BriefingScope } from '../../../src/core/briefing/scope'
import { closeBackend, openHandlers, SEEDS_DIR, valueOf } from '../helpers/backend'
import { makeTempDir } from '../helpers/temp-dir'
import { A001, A003, briefingFixture, NOW } from './fixture'

/** Runs the CLI in this process over a data folder; the lock and real exit codes are covered by test/e2e/cli.test.ts. */
async function run(argv: string[], dataDir: string, cwd = process.cwd()): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = []
  const err: string[] = []
  const env = { DAFTAR_DATA_DIR: dataDir, DAFTAR_SEEDS_DIR: SEEDS_DIR, SOURCE_DATE_EPOCH: String(NOW().getTime() / 1000) }
  const code = await cli(argv, env, cwd, (l) => out.push(l), (l) => err.push(l))
  return { code, out, err }
}

describe('the CLI', () => {
  it('exit 0: writes the file the app exports for the same scope, byte for byte', async () => {
    const { backend, dataDir } = await briefingFixture()
    await closeBackend(backend)
    const app = await openHandlers({ dataDir, seedsDir: SEEDS_DIR, now: NOW })
    const exported = valueOf<Briefing>(await app.handlers.buildBriefing([{ kind: 'entities', entityIds: ['scale-ai'] }, { lang: 'en', sections: { entities: true, articles: true, sources: true } }]))
    await closeBackend(app.backend)
    const outDir = await makeTempDir('cli-out')
    const result = await run(['export', '--entity', 'Scale AI', '--lang', 'en', '--by-article', '--out', join(outDir, 'b.md')], dataDir)
    expect(result).toMatchObject({ code: 0, err: [] })
    expect(result.out).toHaveLength(1)
    // Counts in plural-correct English: "1 entity", "1 warning".
    expect(result.out[0]).toMatch(/^Wrote .*b\.md \(1 entity, \d+ quotes, \d+ sources; 1 warning: /)
    expect(await fsp.readFile(join(outDir, 'b.md'), 'utf8')).toBe(exported.markdown)
  })

  it('--all-entities gives every mentioned entity a section, as the app’s checkbox does', async () => {
    const { backend, dataDir } = await briefingFixture()
    await closeBackend(backend)
    const app = await openHandlers({ dataDir, seedsDir: SEEDS_DIR, now: NOW })
    const options = { lang: 'ar' as const, sections: { entities: true, articles: false, sources: true } }
    const lean = valueOf<Briefing>(await app.handlers.buildBriefing([{ kind: 'everything' }, options]))
    const full = valueOf<Briefing>(await app.handlers.buildBriefing([{ kind: 'everything' }, { ...options, allEntities: true }]))
    await closeBackend(app.backend)
    expect(full.stats.entities).toBeGreaterThan(lean.stats.entities)
    const outDir = await makeTempDir('cli-out')
    for (const [name, args, expected] of [['lean.md', [], lean], ['full.md', ['--all-entities'], full]] as const) {
      const result = await run(['export', '--everything', ...args, '--out', join(outDir, name)], dataDir)
      expect(result).toMatchObject({ code: 0, err: [] })
      expect(result.out[0]).toContain(`(${expected.stats.entities} entities,`)
      expect(await fsp.readFile(join(outDir, name), 'utf8')).toBe(expected.markdown)
    }
  })

  it.each<[string, string[], BriefingScope]>([
    ['--everything', ['--everything'], { kind: 'everything' }],
    ['--article (by file name and by id)', ['--article', '001_acbe007552a08bad.txt', '--article', A003], { kind: 'articles', articleIds: [A001, A003] }],
    ['--color twice', ['--color', 'yellow', '--color', 'pink'], { kind: 'highlights', colors: ['yellow', 'pink'], tagIds: [] }],
    ['--tag by name', ['--tag', 'سكيل إيه آي'], { kind: 'highlights', colors: [], tagIds: ['scale-ai'] }],
  ])('exit 0 for the scope %s: the same bytes the app exports for it', async (_name, args, scope) => {
    const { backend, dataDir } = await briefingFixture()
    await closeBackend(backend)
    const app = await openHandlers({ dataDir, seedsDir: SEEDS_DIR, now: NOW })
    const exported = valueOf<Briefing>(await app.handlers.buildBriefing([scope, { lang: 'ar', sections: { entities: true, articles: false, sources: true } }]))
    await closeBackend(app.backend)
    const out = join(await makeTempDir('cli-out'), 'b.md')
    const result = await run(['export', ...args, '--out', out], dataDir)
    expect(result).toMatchObject({ code: 0, err: [] })
    expect(await fsp.readFile(out, 'utf8')).toBe(exported.markdown)
  })

  it('finds an entity by any of its names, normalised (زوكربيرج, Zuckerberg), or by id', async () => {
    const dataDir = await makeTempDir('cli-data')
    const outDir = await makeTempDir('cli-out')
    for (const [i, name] of ['زوكربيرج', 'zuckerberg', 'mark-zuckerberg', 'مارك زوكربيرغ'].entries()) {
      const result = await run(['export', '--entity', name, '--out', join(outDir, `${i}.md`)], dataDir)
      expect(result.code, name).toBe(0)
    }
    const texts = await Promise.all([0, 1, 2, 3].map((i) => fsp.readFile(join(outDir, `${i}.md`), 'utf8')))
    expect(new Set(texts).size).toBe(1)
  })

  it.each([
    [['export', '--entity', 'mark-zuckerberg'], /needs --out FILE/],
    [['export', '--out', 'x.md'], /needs a scope/],
    [['export', '--everything', '--entity', 'meta', '--out', 'x.md'], /Choose one scope/],
    [['export', '--color', 'yellow', '--article', A001, '--out', 'x.md'], /Choose one scope/],
    [['export', '--color', 'red', '--out', 'x.md'], /--color must be one of yellow, green, blue, pink, purple, not "red"/],
    [['export', '--tag', 'nobody', '--out', 'x.md'], /No entity "nobody"/],
    [['export', '--entity', 'mark-zuckerberg', '--out', 'x.md', '--lang', 'fr'], /--lang must be "ar" or "en"/],
    [['export', '--entity', 'nobody', '--out', 'x.md'], /No entity "nobody"/],
    [['export', '--entity', 'mark-zuckerberg', '--article', 'nothing', '--out', 'x.md'], /No article "nothing"/],
    [['export', '--bogus'], /Unknown option '--bogus'/],
    [['export', '--everything', '--with', 'relations,maps', '--out', 'x.md'], /--with takes relations, timeline, figures, not "maps"/],
    [['export', '--everything', '--with', ',', '--out', 'x.md'], /--with needs a section/],
    [['export', 'extra', '--entity', 'x', '--out', 'y'], /Unexpected argument "extra"/],
    [['list', 'notes'], /list what\?/],
    [['frobnicate'], /Unknown command "frobnicate"/],
    [[], /No command given/],
  ])('exit 2 for %j, with one line saying why', async (argv, message) => {
    const dataDir = await makeTempDir('cli-data')
    const result = await run(argv, dataDir)
    expect(result.code).toBe(2)
    expect(result.out).toEqual([])
    expect(result.err).toHaveLength(1)
    expect(result.err[0]).toMatch(message)
    await expect(fsp.access(join(process.cwd(), 'x.md'))).rejects.toThrow()
  })

  it('exit 1 when the target folder does not exist, or the file exists (unless --force), leaving things as they were', async () => {
    const dataDir = await makeTempDir('cli-data')
    const outDir = await makeTempDir('cli-out')
    const missing = await run(['export', '--entity', 'meta', '--out', join(outDir, 'no', 'b.md')], dataDir)
    expect(missing).toMatchObject({ code: 1, out: [] })
    expect(missing.err[0]).toMatch(/the folder does not exist/)
    await fsp.writeFile(join(outDir, 'b.md'), 'mine')
    const exists = await run(['export', '--entity', 'meta', '--out', join(outDir, 'b.md')], dataDir)
    expect(exists).toMatchObject({ code: 1 })
    expect(exists.err[0]).toMatch(/already exists; pass --force/)
    expect(await fsp.readFile(join(outDir, 'b.md'), 'utf8')).toBe('mine')
    expect((await run(['export', '--entity', 'meta', '--out', join(outDir, 'b.md'), '--force'], dataDir)).code).toBe(0)
    expect(await fsp.readFile(join(outDir, 'b.md'), 'utf8')).toMatch(/^<div dir="rtl">/)
    expect(await fsp.readdir(outDir)).toEqual(['b.md'])
  })

  it('resolves --out against the folder npm was started from (INIT_CWD)', async () => {
    const dataDir = await makeTempDir('cli-data')
    const outDir = await makeTempDir('cli-out')
    const code = await cli(['export', '--entity', 'meta', '--out', 'rel.md'], { DAFTAR_DATA_DIR: dataDir, DAFTAR_SEEDS_DIR: SEEDS_DIR, INIT_CWD: outDir }, process.cwd(), () => {}, () => {})
    expect(code).toBe(0)
    expect(await fsp.readdir(outDir)).toEqual(['rel.md'])
  })

  it('prints no raw control character: imported titles and new entity names lose them, anything else printed has them escaped', async () => {
    const dataDir = await makeTempDir('cli-data')
    const hostile = 'خبر \u001b]0;pwned\u0007 \u001b[31mأحمر\u001b]8;;https://evil.example\u001b\\رابط\u009b2J'
    await fsp.mkdir(join(dataDir, 'imports'), { recursive: true })
    const paragraph = 'فقرة أولى من الخبر المستورد، وفيها ما يكفي من الكلمات لتكون نص مقال حقيقي يقرؤه المحلل. '.repeat(4)
    const page = `<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>${hostile}</title></head><body><article><h1>${hostile}</h1><p>${paragraph}</p><p>${paragraph}</p></article></body></html>`
    await fsp.writeFile(join(dataDir, 'imports', 'hostile.html'), page)
    const app = await openHandlers({ dataDir, seedsDir: SEEDS_DIR })
    const created = valueOf<{ nameAr: string; nameLatin: string }>(await app.handlers.createEntity([{ type: 'person', nameAr: `اسم\u001b[2J`, nameLatin: 'Name\u0007', aliases: [], description: '' }]))
    expect([created.nameAr, created.nameLatin]).toEqual(['اسم[2J', 'Name'])
    await closeBackend(app.backend)

    const rawControl = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/
    const articles = await run(['list', 'articles'], dataDir)
    expect(articles.out[0]).not.toMatch(rawControl)
    expect(articles.out[0]).toContain('hostile\thostile.html\tخبر ]0;pwned [31mأحمر]8;;https://evil.example\\رابط2J')
    const entities = await run(['list', 'entities'], dataDir)
    expect(entities.out[0]).not.toMatch(rawControl)
    // What the user typed comes back in an error message: escaped, not obeyed.
    const unknown = await run(['export', '--entity', 'x\u001b]0;pwned\u0007', '--out', join(dataDir, 'b.md')], dataDir)
    expect(unknown.code).toBe(2)
    expect(unknown.err.join('\n')).not.toMatch(rawControl)
    expect(unknown.err.join('\n')).toContain('x\\x1B]0;pwned\\x07')
  })

  it('lists entities and articles, one per line, tab-separated; --help prints the usage (exit 0)', async () => {
    const dataDir = await makeTempDir('cli-data')
    const entities = await run(['list', 'entities'], dataDir)
    expect(entities.code).toBe(0)
    expect(entities.out[0]?.split('\n')).toContain('mark-zuckerberg\tperson\tمارك زوكربيرغ\tMark Zuckerberg')
    const articles = await run(['list', 'articles'], dataDir)
    expect(articles.out[0]?.split('\n')).toHaveLength(5)
    const help = await run(['--help'], dataDir)
    expect(help).toMatchObject({ code: 0 })
    expect(help.out[0]).toMatch(/^Daftar — export a Markdown briefing/)
  })

  it('exit 2 for a SOURCE_DATE_EPOCH that is not whole seconds', async () => {
    const dataDir = await makeTempDir('cli-data')
    const code = await cli(['list', 'entities'], { DAFTAR_DATA_DIR: dataDir, DAFTAR_SEEDS_DIR: SEEDS_DIR, SOURCE_DATE_EPOCH: 'yesterday' }, process.cwd(), () => {}, () => {})
    expect(code).toBe(2)
  })
})

describe('the CLI’s --with', () => {
  it('reads comma lists and repeats into the story sections, each once, in the briefing’s order', () => {
    const command = parseCommand(['export', '--everything', '--with', 'figures, timeline', '--with', 'relations,figures', '--out', 'x.md'])
    expect(command).toMatchObject({ kind: 'export', with: ['relations', 'timeline', 'figures'] })
    expect(parseCommand(['export', '--everything', '--out', 'x.md'])).toMatchObject({ with: [] })
  })
})
