import { afterEach, describe, expect, it, vi } from 'vitest'
import { OFF_THREAD_CHARS } from '../../../src/backend/entities/entities-service'
import { MentionIndex } from '../../../src/core/entities/mention-index'
import type { ArticleEntities } from '../../../src/shared/api'
import type { ImportReport } from '../../../src/shared/library-api'
import { openHandlers, SEEDS_DIR, valueOf } from '../helpers/backend'
import { makeTempDir } from '../helpers/temp-dir'

afterEach(() => vi.restoreAllMocks())

/** A huge one-paragraph article (issue 14, item 3) that names registry entities throughout. */
function hugeText(): string {
  const sentence = 'واستثمرت ميتا 14.3 مليار دولار في شركة Scale AI، وقال مارك زوكربيرغ إن الفريق سينمو. '
  return sentence.repeat(Math.ceil((OFF_THREAD_CHARS * 4) / sentence.length))
}

describe('the mentions of a huge article', () => {
  it('are scanned in the search worker, not on the main thread, and are the same mentions', async () => {
    const { handlers, backend } = await openHandlers({ dataDir: await makeTempDir('huge-mentions'), seedsDir: SEEDS_DIR })
    const report = valueOf<ImportReport>(await handlers.importText([{ title: 'مقال طويل', text: hugeText() }]))
    const id = report.imported[0]?.id as string
    const article = backend.article(id)!
    expect(article.text.length).toBeGreaterThan(OFF_THREAD_CHARS * 4)

    const scans = vi.spyOn(MentionIndex.prototype, 'find')
    const entities = valueOf<ArticleEntities>(await handlers.getArticleEntities([id]))
    expect(scans.mock.calls.filter(([text]) => text === article.text)).toHaveLength(0)
    scans.mockRestore()

    const expected = new MentionIndex(backend.entities.entities).find(article.text, { skip: [] })
    expect(entities.mentions.map((m) => [m.start, m.end, m.entityId])).toEqual(expected.map((m) => [m.start, m.end, m.entityId]))
    expect(entities.mentions.length).toBeGreaterThan(1000)
    expect(entities.money.length).toBeGreaterThan(100)
    // The scan is kept: asking again does not scan again, on either thread.
    const again = vi.spyOn(MentionIndex.prototype, 'find')
    const scanOffThread = vi.spyOn(backend.librarian, 'scanArticle')
    expect(valueOf<ArticleEntities>(await handlers.getArticleEntities([id]))).toEqual(entities)
    expect(again).not.toHaveBeenCalled()
    expect(scanOffThread).not.toHaveBeenCalled()
  })
})
