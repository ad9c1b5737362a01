import { AnnotationsStore } from '../../src/backend/highlights/annotations-store'
import type { StoreNotice } from '../../src/core/store/notices'
import type { ArticleHighlights } from './generate-highlights'

/** Runs `fn` over `items` with at most `limit` in flight. */
export async function inPool<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) await fn(items[next++] as T)
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}

/** A store that throws on any notice other than the expected ones: a bench on a broken store measures nothing. */
export function strictStore(dataDir: string): AnnotationsStore {
  return new AnnotationsStore(dataDir, (notice: StoreNotice) => {
    throw new Error(`store notice during bench: ${JSON.stringify(notice)}`)
  })
}

/** Writes every article's highlights through the real store: one durable write per article. */
export async function populateStore(dataDir: string, data: readonly ArticleHighlights[]): Promise<void> {
  const store = strictStore(dataDir)
  await inPool(data, 8, async ({ articleId, highlights }) => {
    const doc = await store.forArticle(articleId)
    const outcome = await doc.update((draft) => {
      draft.highlights.push(...structuredClone(highlights))
    })
    if (!outcome.saved) throw new Error(`could not write ${articleId}: ${outcome.reason}`)
  })
}

/** Every highlight as (article, index), so a uniform pick weights articles by how many they hold. */
export const highlightSlots = (data: readonly ArticleHighlights[]): Array<{ articleId: string; index: number }> =>
  data.flatMap(({ articleId, highlights }) => highlights.map((_, index) => ({ articleId, index })))
