import type { Article } from '../../core/corpus/types'

/** An imported article as the manifest keeps it: everything but its text and the blocks cut from it. */
export type ArticleShape = Omit<Article, 'text' | 'blocks'>

/** What is read from the file when first needed. */
export type ArticleBody = Pick<Article, 'text' | 'blocks'>

/** An article's fields but its body, read without touching the body (which a lazy article would load). */
export const shapeOf = (a: Article): ArticleShape => ({
  id: a.id,
  contentHash: a.contentHash,
  sameTextHash: a.sameTextHash,
  meta: a.meta,
  stats: a.stats,
  encoding: a.encoding,
})

/**
 * An article whose text (and blocks) is read when first used: the start-up lists the library from
 * the manifest and reads no text. `load` reads it synchronously (one file, a few milliseconds), so
 * every caller keeps reading `article.text` as before; the background pass (`settleBody`) fills
 * the texts in ahead of them without holding up the process.
 */
export function lazyArticle(shape: ArticleShape, load: () => ArticleBody): Article {
  const article = { ...shape } as Article
  for (const key of ['text', 'blocks'] as const) {
    Object.defineProperty(article, key, {
      configurable: true,
      enumerable: true,
      get: () => settleBody(article, load())[key],
      set: (value: unknown) => Object.defineProperty(article, key, { value, writable: true, enumerable: true, configurable: true }),
    })
  }
  return article
}

/** Gives a lazy article its body for good (plain properties from now on). */
export function settleBody(article: Article, body: ArticleBody): ArticleBody {
  for (const key of ['text', 'blocks'] as const) Object.defineProperty(article, key, { value: body[key], writable: true, enumerable: true, configurable: true })
  return body
}

/** Whether an article's body has been read. */
export const hasBody = (article: Article): boolean => 'value' in (Object.getOwnPropertyDescriptor(article, 'text') ?? {})
