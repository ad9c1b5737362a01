import type { Article } from '../../core/corpus/types'
import { RecentMap } from '../store/recent-map'

/** What is read from an article's file when needed (lazy-text.ts). */
type ArticleBody = Pick<Article, 'text' | 'blocks'>

/**
 * 32 million characters: ~64 MB of strings (V8 keeps Arabic text as two bytes a character), a few
 * thousand articles of news at a time (the generated library averages ~3,000 characters an article:
 * ~10,000 of them). What a person reads, tags and pages through in a sitting stays in memory;
 * a library of 100,000 articles (~300 million characters, ~600 MB as strings) does not, and the
 * memory left is the search index's.
 */
export const TEXT_CACHE_CHARS = 32_000_000

/** What one body weighs: its characters, and a few words for each block. */
const weightOf = (body: ArticleBody): number => body.text.length + body.blocks.length * 16

/**
 * The bodies of articles read from their files, the least recently used let go past a bound in
 * characters (an evicted body is read again when asked for; one body is always kept). Keyed by the
 * article object, not its id: an article replaced by a newer read of its file is another object,
 * and never meets the old body.
 */
export class TextCache {
  private readonly bodies: RecentMap<Article, ArticleBody>

  constructor(readonly maxChars: number = TEXT_CACHE_CHARS) {
    this.bodies = new RecentMap(maxChars, weightOf)
  }

  get(article: Article): ArticleBody | undefined {
    return this.bodies.get(article)
  }

  /** Keeps a body (the newest used), letting the oldest go while over the bound. */
  put(article: Article, body: ArticleBody): ArticleBody {
    this.bodies.set(article, body)
    return body
  }

  forget(article: Article): void {
    this.bodies.delete(article)
  }

  /** Whether an article's body is held now. */
  holds(article: Article): boolean {
    return this.bodies.has(article)
  }

  /** The weight held now (characters, blocks counted at 16 each): never above the bound but for one body larger than it. */
  get chars(): number {
    return this.bodies.weight
  }

  get size(): number {
    return this.bodies.size
  }
}
