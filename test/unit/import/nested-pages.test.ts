import { describe, expect, it } from 'vitest'
import { flattenNesting, MAX_ELEMENTS, MAX_NESTING } from '../../../src/backend/import/flatten-nesting'
import type { ImportReport } from '../../../src/shared/library-api'
import { openHandlers, SEEDS_DIR, valueOf } from '../helpers/backend'
import { makeTempDir } from '../helpers/temp-dir'

const file = (name: string, text: string): { name: string; data: string } => ({ name, data: Buffer.from(text).toString('base64') })

const PARAGRAPH = 'قالت الشركة إن المنصة الجديدة ستتيح للمستخدمين قراءة الأخبار دون اتصال، وأضافت أن الخدمة مجانية في عامها الأول. '

/** A saved page whose article sits `levels` <div>s deep (the 1,000 / 3,000 / 60,000). */
const nestedPage = (levels: number, words: string): string =>
  `<!doctype html><html><head><title>صفحة متداخلة ${levels}</title></head><body>${'<div>'.repeat(levels)}<p>${words} ${PARAGRAPH.repeat(4)}</p><p>${PARAGRAPH.repeat(3)}</p>${'</div>'.repeat(levels)}</body></html>`

/** A wide page just under the element limit: Readability needs many seconds for it (19.6 s here). */
const slowPage = (): string => {
  const cell = '<div><span>كلمة</span> <b>أخرى</b></div>'
  return `<html><head><title>صفحة ثقيلة</title></head><body>${cell.repeat(Math.floor((MAX_ELEMENTS - 10) / 3))}</body></html>`
}

const pasted = { title: 'مقال ملصوق بعد الصفحة', text: `${PARAGRAPH}\nفقرة ثانية من المقال الملصوق.` }

async function open(parseDeadlineMs?: number) {
  return openHandlers({ dataDir: await makeTempDir('nested'), seedsDir: SEEDS_DIR, workers: 'threads', ...(parseDeadlineMs ? { parseDeadlineMs } : {}) })
}

describe('saved pages nested thousands of levels deep', () => {
  it('are read (flattened below the nesting limit), and a pasted article imported right after them completes', async () => {
    const { handlers, backend } = await open()
    const batch = [1_000, 3_000, 60_000].map((levels) => file(`nested-${levels}.html`, nestedPage(levels, `كلمة-${levels}`)))
    const report = valueOf<ImportReport>(await handlers.importFiles([batch]))
    expect(report.failed).toEqual([])
    expect(report.imported.map((i) => i.file)).toEqual(['nested-1000.html', 'nested-3000.html', 'nested-60000.html'])
    for (const item of report.imported) {
      const levels = Number(/\d+/.exec(item.file)?.[0])
      expect(backend.article(item.id)?.text).toContain(`كلمة-${levels}`)
      expect(item.warnings.join(' ')).toMatch(new RegExp(`more than ${MAX_NESTING} deep`))
    }
    const after = valueOf<ImportReport>(await handlers.importText([pasted]))
    expect(after.imported.map((i) => i.title)).toEqual([pasted.title])
  }, 120_000)

  it('flattening keeps the text in order and leaves out whole any deep element that might hide text', () => {
    const deep = '<div>'.repeat(MAX_NESTING)
    const page =
      `<style>.decoy { display: none }</style><body>${deep}<div>أول <div class="decoy">DECOY-CLASS</div><div hidden>DECOY-ATTR</div>` +
      `<div style="display:none">DECOY-STYLE</div><div aria-hidden="true">DECOY-ARIA</div><div class="ok">ثانٍ</div> ثالث</div>${'</div>'.repeat(MAX_NESTING)}</body>`
    const flat = flattenNesting(page)
    expect(flat.leftOut).toBe(4)
    expect(flat.html).not.toMatch(/DECOY/)
    expect(flat.html.replace(/<[^>]*>/g, '')).toContain('أول ثانٍ ثالث')
    expect(flattenNesting(nestedPage(10, 'x')).html).toBe(nestedPage(10, 'x'))
  })
})

describe('a file whose parse passes its deadline', () => {
  it('is stopped (its worker terminated) and reported as too slow, and the next file imports', async () => {
    const { handlers } = await open(300)
    const report = valueOf<ImportReport>(await handlers.importFiles([[file('slow.html', slowPage())]]))
    expect(report.failed).toEqual([{ file: 'slow.html', code: 'too-slow', message: expect.stringMatching(/took longer than 0\.3 s and was stopped/), reason: { key: 'too-slow', params: { seconds: '0.3' } } }])
    const after = valueOf<ImportReport>(await handlers.importText([pasted]))
    expect(after.imported.map((i) => i.title)).toEqual([pasted.title])
  }, 120_000)

  it('a page of more elements than can be read is refused at once with the count', async () => {
    const { handlers } = await open()
    const page = `<html><body>${'<span>ب</span>'.repeat(MAX_ELEMENTS + 1)}</body></html>`
    const report = valueOf<ImportReport>(await handlers.importFiles([[file('dump.html', page)]]))
    expect(report.failed).toEqual([{ file: 'dump.html', code: 'too-complex', message: expect.stringMatching(/^The page has 20,00\d elements; pages of up to 20,000 can be read\.$/), reason: { key: 'too-complex', params: { elements: expect.stringMatching(/^20,00\d$/), limit: '20,000' } } }])
  }, 120_000)
})

describe('"stop" during a parse', () => {
  it('terminates the running parse, reports the file and the rest of its batch as stopped, and the next import runs', async () => {
    const { handlers } = await open(600_000)
    const running = handlers.importFiles([[file('slow.html', slowPage()), file('next.html', nestedPage(5, 'بعد'))]])
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(await handlers.stopImport([])).toEqual({ ok: true, value: null })
    const report = valueOf<ImportReport>(await running)
    expect(report.imported).toEqual([])
    expect(report.failed.map((f) => [f.file, f.code, f.message, f.reason?.key])).toEqual([
      ['slow.html', 'cancelled', 'Stopped while it was being read: the import was stopped.', 'stopped-reading'],
      ['next.html', 'cancelled', 'Not imported: the import was stopped.', 'stopped'],
    ])
    const after = valueOf<ImportReport>(await handlers.importText([pasted]))
    expect(after.imported.map((i) => i.title)).toEqual([pasted.title])
  }, 120_000)
})
