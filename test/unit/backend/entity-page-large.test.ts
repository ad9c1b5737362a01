import { describe, expect, it, vi } from 'vitest'
import { ARTICLES_READ } from '../../../src/backend/entities/entity-page'
import * as lazyText from '../../../src/backend/library/lazy-text'
import type { AnchoredHighlight } from '../../../src/core/highlights/anchored'
import type { EntityPage } from '../../../src/shared/api'
import type { ImportReport } from '../../../src/shared/library-api'
import { closeBackend, openHandlers, SEEDS_DIR, valueOf } from '../helpers/backend'
import { makeTempDir } from '../helpers/temp-dir'

const file = (name: string, text: string): { name: string; data: string } => ({ name, data: Buffer.from(text).toString('base64') })

describe('the entity page of a name in many articles', () => {
  it(`counts every article and mention, and reads and shows only the latest ${ARTICLES_READ} articles that mention it`, async () => {
    const { backend, handlers } = await openHandlers({ dataDir: await makeTempDir('entity-page-large'), seedsDir: SEEDS_DIR })
    const inSeeds = backend.articles().map((a) => backend.entities.accepted(a, 'scale-ai').length).filter((n) => n > 0)
    const extra = ARTICLES_READ + 40
    // Each names Scale AI twice and Meta once in one paragraph; the last 40 also name OpenAI beside them.
    const files = Array.from({ length: extra }, (_, k) =>
      file(`n${k}.txt`, `خبر رقم ${k}\nقالت سكيل إيه آي إن ميتا اشترت حصة فيها، وأكدت سكيل إيه آي ذلك${k >= ARTICLES_READ ? ' وعلقت أوبن إيه آي' : ''}.`),
    )
    expect(valueOf<ImportReport>(await handlers.importFiles([files])).imported).toHaveLength(extra)

    // A highlight over a mention in the first imported article, far outside the latest ones.
    const oldest = backend.articles().at(-extra)!
    const at = oldest.text.indexOf('سكيل إيه آي')
    const [highlight] = valueOf<AnchoredHighlight[]>(await handlers.createHighlights([{ articleId: oldest.id, start: at - 5, end: at + 15, color: 'yellow' }]))

    const read = vi.spyOn(lazyText, 'bodiesOf')
    const page = valueOf<EntityPage>(await handlers.getEntityPage(['scale-ai']))
    expect(page.articleCount).toBe(inSeeds.length + extra)
    expect(page.mentionCount).toBe(inSeeds.reduce((a, b) => a + b, 0) + 2 * extra)
    // The latest articles that mention it, in library order: the last imported.
    const latest = backend.articles().slice(-ARTICLES_READ).map((a) => a.id)
    expect(page.perArticle.map((a) => a.articleId)).toEqual(latest)
    expect(page.perArticle.every((a) => a.count === 2)).toBe(true)
    expect(new Set(page.concordance.map((l) => l.articleId))).toEqual(new Set(latest))
    expect(page.concordance).toHaveLength(2 * ARTICLES_READ)
    // Only their texts were read.
    expect(read.mock.calls.flatMap(([articles]) => articles.map((a) => a.id)).sort()).toEqual([...latest].sort())
    expect(page.related.map((r) => r.entity.id)).toEqual(expect.arrayContaining(['meta', 'openai']))
    expect(page.highlights.map((h) => h.id)).toEqual([highlight?.id])
    await closeBackend(backend)
  })
})
