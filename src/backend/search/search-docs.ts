import { createHash } from 'node:crypto'
import type { Article } from '../../core/corpus/types'
import type { Entity } from '../../core/entities/types'
import { plainText } from '../../core/notes/tiptap-json'
import type { SearchDoc } from '../../core/search/types'
import type { Highlight } from '../../core/store/annotations'
import type { Note } from '../../core/store/notes'

/**
 * What each kind of thing is found by. Raw text throughout: the index normalises, snippets mark raw
 * offsets. Each document carries a version (a hash of what it is made of) so that a saved index
 * knows which documents changed while it was not running.
 */

const sha1 = (text: string): string => createHash('sha1').update(text, 'utf8').digest('hex')

/** What decides whether an indexed document is stale. */
export const signatureOf = (doc: SearchDoc): string => `${doc.title}\u0000${doc.articleId ?? ''}\u0000${doc.text}`

const versioned = (doc: SearchDoc): SearchDoc => ({ ...doc, version: sha1(signatureOf(doc)) })

/**
 * An article's version is its content hash: read without its text (an article listed by the
 * manifest reads its text on first use). The hidden spans follow from the text and the rules that
 * cut blocks; a change of those rules must bump INDEX_TERMS_VERSION.
 */
export const articleVersion = (a: Article): string => a.contentHash

export const articleDoc = (a: Article): SearchDoc => ({
  kind: 'article',
  ref: a.id,
  articleId: a.id,
  title: a.meta.title,
  text: a.text,
  hidden: a.blocks.filter((b) => b.kind === 'chrome').map(({ start, end }) => ({ start, end })),
  version: articleVersion(a),
})

/** A highlight is found by its words and its comment; its title is the article's. */
export const highlightDoc = (h: Highlight, articleTitle: string | null): SearchDoc =>
  versioned({
    kind: 'highlight',
    ref: h.id,
    articleId: h.articleId,
    title: articleTitle ?? '',
    text: h.comment ? `${h.target.quote.exact}\n${h.comment}` : h.target.quote.exact,
  })

export const noteDoc = (n: Note): SearchDoc => versioned({ kind: 'note', ref: n.id, title: n.title, text: plainText(n.body) })

export const entityDoc = (e: Entity): SearchDoc =>
  versioned({
    kind: 'entity',
    ref: e.id,
    title: e.nameAr || e.nameLatin,
    text: [e.nameAr ? e.nameLatin : '', ...e.aliases, e.description, e.descriptionAr ?? ''].filter(Boolean).join('\n'),
  })
