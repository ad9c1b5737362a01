import { buildArticleFromPage } from '../../core/corpus/article-from-page'
import { reason } from '../../core/corpus/reasons'
import { canonicalText, decodeBytes } from '../../core/corpus/decode'
import { declaredCharset, isHtmlFileName, looksLikeHtml } from '../../core/corpus/html-sniff'
import { buildArticle } from '../../core/corpus/parse-article'
import type { Article, CorpusError } from '../../core/corpus/types'
import { dropControls } from '../../core/text/controls'
import { sha256Hex } from '../library/corpus-loader'
import { extractHtml, PageTooComplexError } from './extract-html'
import { MAX_ELEMENTS } from './flatten-nesting'

export type ParsedImport = { ok: true; article: Article; warnings: string[] } | { ok: false; error: CorpusError }

/** A saved page's extraction, or why the page is refused. */
function extract(text: string): ReturnType<typeof extractHtml> | { tooComplex: PageTooComplexError } {
  try {
    return extractHtml(text)
  } catch (error) {
    if (error instanceof PageTooComplexError) return { tooComplex: error }
    throw error
  }
}

/**
 * One file's bytes → an Article, whatever it is: text in any supported encoding, or a saved web
 * page (by its extension, or by its content when a page arrives named .txt). Pure apart from the
 * HTML extraction, so it runs the same in the parse worker and in the calling thread.
 */
export function parseImport(id: string, fileName: string, bytes: Uint8Array): ParsedImport {
  const htmlByName = isHtmlFileName(fileName)
  const decoded = decodeBytes(bytes, htmlByName ? { declared: declaredCharset(bytes) ?? '' } : {})
  if (!decoded.ok) return { ok: false, error: { id, sourceFile: fileName, code: decoded.code, message: decoded.message, reason: decoded.reason } }
  const warnings: string[] = []
  if (decoded.repaired === 'mojibake') warnings.push('The text was double-encoded (UTF-8 read as Windows-1256) and has been repaired.')
  const text = canonicalText(decoded.text)
  if (!htmlByName && !looksLikeHtml(text)) return { ok: true, article: withCleanTitle(buildArticle(id, fileName, text, decoded.encoding, sha256Hex)), warnings }
  if (!htmlByName) warnings.push('The file is a web page although its name does not say so; its article was extracted.')
  const page = extract(text)
  if ('tooComplex' in page) {
    const figures = { elements: page.tooComplex.elements.toLocaleString('en-US'), limit: MAX_ELEMENTS.toLocaleString('en-US') }
    return { ok: false, error: { id, sourceFile: fileName, code: 'too-complex', message: page.tooComplex.message, reason: reason('too-complex', figures) } }
  }
  const article = buildArticleFromPage(id, fileName, page, decoded.encoding, sha256Hex)
  if (!article) return { ok: false, error: { id, sourceFile: fileName, code: 'empty', message: 'The web page holds no article text.', reason: reason('no-article') } }
  return { ok: true, article: withCleanTitle(article), warnings: [...warnings, ...page.warnings] }
}

/** A title is shown in lists, printed by the CLI and written into briefings: no control characters in it. */
const withCleanTitle = (article: Article): Article => ({ ...article, meta: { ...article.meta, title: dropControls(article.meta.title) } })
