import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sameTextKey } from '../../../src/core/corpus/same-text'
import type { ImportReport } from '../../../src/shared/library-api'
import { hostilePage } from '../../support/hostile-page'
import { seed, seedBytes, seedFiles } from '../../support/seeds'
import { closeBackend, openHandlers, SEEDS_DIR, valueOf } from '../helpers/backend'
import { makeTempDir } from '../helpers/temp-dir'
import type { Article } from '../../../src/core/corpus/types'
import { plainArticle } from '../../../src/backend/library/lazy-text'

const file = (name: string, text: string): { name: string; data: string } => ({ name, data: Buffer.from(text).toString('base64') })
const seedText = (i: number): string => seedBytes(seedFiles()[i] as string).toString('utf8')

/** Seed 004 with its first line changed: an article the library does not hold yet. */
const original = seedText(4).replace(/^([^\n]*)/, '$1 — نسخة للاختبار')

/** Puts `insert(word)` in place of the n-th occurrence of a word of the text (1-based). */
function around(text: string, word: string, insert: (w: string) => string): string {
  const at = text.indexOf(word)
  if (at < 0) throw new Error(`"${word}" is not in the text`)
  return text.slice(0, at) + insert(word) + text.slice(at + word.length)
}

/**
 * The copies a real page or a copy-paste leaves: the same words with format characters in and
 * around them (RLM after a name, ZWNJ and ZWJ and a soft hyphen inside words, LRM around a number,
 * an RLO…PDF override, an LRI…PDI isolate, a ZWNBSP mid-text) and Windows or old-Mac line ends.
 */
function withInvisibleCharacters(text: string): string {
  const words = [...new Set(text.match(/[\u0621-\u064a]{5,}/g) ?? [])]
  const [a, b, c, d, e, f] = words as [string, string, string, string, string, string]
  let copy = text
  copy = around(copy, a, (w) => `${w}\u200f`)
  copy = around(copy, b, (w) => `${w.slice(0, 2)}\u200c${w.slice(2)}`)
  copy = around(copy, c, (w) => `${w.slice(0, 3)}\u200d${w.slice(3)}`)
  copy = around(copy, d, (w) => `\u202e${w}\u202c`)
  copy = around(copy, e, (w) => `\u2066${w}\u2069`)
  copy = around(copy, f, (w) => `${w.slice(0, 2)}\u00ad${w.slice(2)}\ufeff`)
  const number = /\d+/.exec(copy)
  if (number) copy = `${copy.slice(0, number.index)}\u200e${number[0]}\u200e${copy.slice(number.index + number[0].length)}`
  const lines = copy.split('\n')
  return lines.map((line, i) => line + (i === lines.length - 1 ? '' : i % 2 === 0 ? '\r\n' : '\r')).join('')
}

/** The same words with tatweel stretching some letters and tashkeel (tanween, shadda, fatha) added. */
function withTatweelAndTashkeel(text: string): string {
  return text.replace(/الشركة/g, 'الشـــركة').replace(/أيضا/g, 'أيضاً').replace(/قال /g, 'قالَ ').replace(/محمد/g, 'محمّد')
}

async function open(dataDir?: string) {
  return openHandlers({ dataDir: dataDir ?? (await makeTempDir('dup')), seedsDir: SEEDS_DIR, workers: 'inline' })
}

describe('a copy that differs only in what no reader sees', () => {
  it('the fixtures really differ from the original, and only in invisible characters, line ends, tatweel and tashkeel', () => {
    const invisible = withInvisibleCharacters(original)
    const stretched = withTatweelAndTashkeel(original)
    expect(invisible).not.toBe(original)
    expect(invisible.match(/[\u200c-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad\r]/g)?.length).toBeGreaterThan(15)
    expect(stretched).not.toBe(original)
    expect(sameTextKey(invisible)).toBe(sameTextKey(original))
    expect(sameTextKey(stretched)).toBe(sameTextKey(original))
    expect(sameTextKey('سطر\r\nسطر\rسطر\u2028سطر')).toBe('سطر\nسطر\nسطر\nسطر')
  })

  it('is reported as a duplicate of the article that has its text, not imported twice', async () => {
    const { handlers, backend } = await open()
    const first = valueOf<ImportReport>(await handlers.importFiles([[file('original.txt', original)]]))
    expect(first.imported.map((i) => i.id)).toEqual(['original'])
    const report = valueOf<ImportReport>(
      await handlers.importFiles([[file('invisible.txt', withInvisibleCharacters(original)), file('stretched.txt', withTatweelAndTashkeel(original))]]),
    )
    expect(report.imported).toEqual([])
    expect(report.duplicates).toEqual([
      { file: 'invisible.txt', existingId: 'original', existingTitle: backend.article('original')?.meta.title },
      { file: 'stretched.txt', existingId: 'original', existingTitle: backend.article('original')?.meta.title },
    ])
    expect(backend.library().articles).toHaveLength(6)
  })

  it('finds a bundled article behind its invisible-character copy', async () => {
    const { handlers } = await open()
    const report = valueOf<ImportReport>(await handlers.importFiles([[file('copy.txt', withInvisibleCharacters(seedText(1)))]]))
    expect(report.duplicates.map((d) => d.existingId)).toEqual([seed('001').id])
  })

  it('still imports a copy with one word changed, and keeps each article’s own content hash', async () => {
    const { handlers, backend } = await open()
    valueOf(await handlers.importFiles([[file('original.txt', original)]]))
    const edited = withInvisibleCharacters(original).replace('الذكاء', 'الغباء')
    expect(edited).not.toBe(withInvisibleCharacters(original))
    const report = valueOf<ImportReport>(await handlers.importFiles([[file('edited.txt', edited)]]))
    expect(report.imported.map((i) => i.id)).toEqual(['edited'])
    expect(backend.article('edited')?.text).toBe(edited.replace(/\r\n?/g, '\n'))
    expect(backend.article('edited')?.contentHash).not.toBe(backend.article('original')?.contentHash)
  })

  it('loads a saved page cached by an older version (no normalised hash) and finds its copies', async () => {
    const first = await open()
    valueOf(await first.handlers.importFiles([[file('page.html', hostilePage(seed('004')))]]))
    const page = first.backend.article('page')
    if (!page) throw new Error('the page was not imported')
    await closeBackend(first.backend)
    // What version 1 wrote: the article without sameTextHash.
    const cacheFile = join(first.backend.dataDir, 'imports', '.articles', 'page.html.json')
    const cached = JSON.parse(await fsp.readFile(cacheFile, 'utf8')) as { version: number; article: Record<string, unknown> }
    delete cached.article['sameTextHash']
    await fsp.writeFile(cacheFile, JSON.stringify({ ...cached, version: 1 }))

    const again = await open(first.backend.dataDir)
    expect(plainArticle(again.backend.article('page') as Article)).toEqual(page)
    const report = valueOf<ImportReport>(await again.handlers.importFiles([[file('page-copy.txt', withInvisibleCharacters(page.text))]]))
    expect(report.duplicates.map((d) => d.existingId)).toEqual(['page'])
  })
})
