import type { Article, ArticleMeta, ArticleStats, Block } from '../../core/corpus/types'
import type { TextCache } from './text-cache'

/** An imported article as the manifest keeps it: everything but its text and the blocks cut from it. */
export type ArticleShape = Omit<Article, 'text' | 'blocks'>

/** What is read from the file when needed. */
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
 * Where lazy articles' bodies come from: one for the whole library (the file is named by the
 * article's `meta.sourceFile`, its expected text by `contentHash`), read now (a caller reads
 * `article.text`) or without blocking (bulk callers), and the cache that keeps them a while.
 */
export interface BodySource {
  readonly cache: TextCache
  now(article: Article): ArticleBody
  later(article: Article): Promise<ArticleBody>
}

/**
 * An article whose text (and blocks) is read from its file when used and kept in the source's
 * cache (an LRU bounded in characters) rather than for good: the start-up lists the library from
 * the manifest and reads no text, and memory does not grow with the library. Reading is synchronous
 * (one file, a few milliseconds), so every caller keeps reading `article.text` as before; callers
 * that read many texts use `bodyOf` / `bodiesOf` instead.
 *
 * A class with its body on the prototype, not an object with getters of its own: 100,000 of them
 * are made at start-up in ~10 ms instead of ~500 ms. Structured clone and spread copy only own
 * properties, so an article leaving the process goes through `plainArticle` (JSON through toJSON).
 */
class LazyArticle implements Article {
  readonly id: string
  readonly contentHash: string
  readonly sameTextHash: string
  readonly meta: ArticleMeta
  readonly stats: ArticleStats
  readonly encoding: string
  readonly #source: BodySource

  constructor(shape: ArticleShape, source: BodySource) {
    this.id = shape.id
    this.contentHash = shape.contentHash
    this.sameTextHash = shape.sameTextHash
    this.meta = shape.meta
    this.stats = shape.stats
    this.encoding = shape.encoding
    this.#source = source
  }

  // Read on the prototype itself (a deep equality walking prototypes) there is no body, and no TypeError.
  get text(): string {
    return #source in this ? this.#body().text : (undefined as unknown as string)
  }

  // A caller that sets a body (a test, a repair) gives the article that body for good.
  set text(value: string) {
    Object.defineProperty(this, 'text', { value, writable: true, enumerable: true, configurable: true })
  }

  get blocks(): Block[] {
    return #source in this ? this.#body().blocks : (undefined as unknown as Block[])
  }

  set blocks(value: Block[]) {
    Object.defineProperty(this, 'blocks', { value, writable: true, enumerable: true, configurable: true })
  }

  toJSON(): Article {
    return plainArticle(this)
  }

  #body(): ArticleBody {
    const { cache } = this.#source
    return cache.get(this) ?? cache.put(this, this.#source.now(this))
  }

  /** The body from the cache, else read without blocking and not kept (see bodyOf). */
  static async bodyOf(article: LazyArticle): Promise<ArticleBody> {
    return article.#source.cache.get(article) ?? (await article.#source.later(article))
  }

  static holds(article: LazyArticle): boolean {
    return article.#source.cache.holds(article)
  }
}

export const lazyArticle = (shape: ArticleShape, source: BodySource): Article => new LazyArticle(shape, source)

/** Whether an article reads its body from its file when used (and may let it go). */
const isLazy = (article: Article): article is LazyArticle => article instanceof LazyArticle && !Object.hasOwn(article, 'text')

/** Whether an article's body is in memory now (always, for one that is not lazy). */
export const hasBody = (article: Article): boolean => !isLazy(article) || LazyArticle.holds(article)

/** An article as a plain object, its body read: what leaves the process (IPC, the web server) and what tests compare. */
export const plainArticle = (a: Article): Article => ({ ...shapeOf(a), text: a.text, blocks: a.blocks })

/**
 * An article's body without blocking the thread: from memory when it is there (an article that is
 * not lazy, or a body the cache holds), else read from its file asynchronously and NOT kept — a
 * caller going through the library must not push out what the reader is using.
 */
export async function bodyOf(article: Article): Promise<ArticleBody> {
  return isLazy(article) ? LazyArticle.bodyOf(article) : { text: article.text, blocks: article.blocks }
}

/** Bodies read at once by `bodiesOf`: enough to hide disk latency, as in the start-up's loaders. */
const BODIES_AT_ONCE = 16

/** The bodies of many articles (see bodyOf), read a few at a time, in their order. */
export async function bodiesOf(articles: readonly Article[]): Promise<ArticleBody[]> {
  const bodies = new Array<ArticleBody>(articles.length)
  let next = 0
  const reader = async (): Promise<void> => {
    while (next < articles.length) {
      const at = next++
      bodies[at] = await bodyOf(articles[at] as Article)
    }
  }
  await Promise.all(Array.from({ length: Math.min(BODIES_AT_ONCE, articles.length) }, reader))
  return bodies
}
