import type { Reason } from './reasons'
/** The corpus model: what one article file becomes. Offsets are UTF-16 offsets into `text`. */

export type BlockKind = 'title' | 'heading' | 'paragraph' | 'caption' | 'chrome'

/** Why a span is chrome (site furniture hidden while reading but kept in the text). */
export type ChromeRole =
  | 'category'
  | 'timestamp'
  | 'comment-prompt'
  | 'comment-notice'
  | 'back-to-top'
  | 'source-link'
  | 'share'
  | 'blank'
  | 'duplicate-caption'
  /** A line of only an HTML block tag in Markdown (`<div dir="rtl">`, `</div>`), as briefings carry. */
  | 'markup'

export interface Block {
  kind: BlockKind
  start: number
  end: number
  /** Set on chrome blocks only. */
  role?: ChromeRole
}

export interface ArticleMeta {
  title: string
  /** 'line': the file's own title line; 'derived': made from the first sentence (no title line). */
  titleSource: 'line' | 'derived'
  /** Direction of the title by its majority script (000's title is English). */
  titleDir: 'rtl' | 'ltr'
  category?: string
  /** Relative timestamp as printed by the site ("8 hours ago"): no absolute date can be derived. */
  relativeTime?: string
  /** The file the article came from. */
  sourceFile: string
  /** Saved web pages: what the page says about itself. */
  byline?: string
  siteName?: string
  /** Publication date as the page states it (ISO 8601 when it comes from metadata). */
  published?: string
  /** 'html': extracted from a saved web page (the text is the page's article, reduced to blocks). */
  format?: 'html'
}

export interface ArticleStats {
  /** Words in the readable blocks (title, headings, paragraphs, captions). */
  words: number
  readingMinutes: number
}

export interface Article {
  /** Stable id: the file name without its extension. */
  id: string
  /** sha-256 (hex) of `text`: highlights and entity verdicts are tied to it. */
  contentHash: string
  /** sha-256 (hex) of the text as it reads (`sameTextKey`): a copy with the same one is a duplicate. */
  sameTextHash: string
  meta: ArticleMeta
  /** Canonical text: decoded, line endings `\n`, nothing else changed. */
  text: string
  /** Ordered, non-overlapping spans of `text`. */
  blocks: Block[]
  stats: ArticleStats
  /** How the bytes were decoded. */
  encoding: string
}

/** A file that could not become an article: listed in the library with its reason. */
export interface CorpusError {
  id: string
  sourceFile: string
  /** 'too-complex': a saved page with too many elements to read (refused at import, never stored). */
  code: 'empty' | 'binary' | 'undecodable' | 'unreadable' | 'too-complex'
  message: string
  /** The reason as a key and figures, for the interface to say in its language (absent: show `message`). */
  reason?: Reason
}

/** Hashes canonical text (sha-256, hex). Injected so src/core needs no crypto module. */
export type TextHasher = (text: string) => string
