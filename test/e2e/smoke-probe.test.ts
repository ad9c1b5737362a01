import { describe, expect, it } from 'vitest'
import { judgeProbe, probeScript } from '../../src/main/smoke-test'
import { openArticle, SEED_IDS } from './support/app'
import { useAppSession } from './support/session'

const session = useAppSession()

/**
 * The page-side half of `--smoke-test` (src/main/smoke-test.ts), run in the real built renderer:
 * what the probe reads from the DOM is what main's verdict expects, for every seed.
 */
describe('the smoke-test probe in the real renderer', () => {
  it.each(SEED_IDS)('sees %s painted with its own text at its offsets once it is open', async (id) => {
    await openArticle(session.page, id)
    const article = session.app.backend.article(id)!
    const seen = await session.page.evaluate(probeScript(id))
    expect(judgeProbe(article, seen)).toEqual({ painted: true })
  })

  it('sees nothing of an article that is not open', async () => {
    await openArticle(session.page, SEED_IDS[0])
    expect(await session.page.evaluate(probeScript(SEED_IDS[1]))).toBeNull()
  })
})
