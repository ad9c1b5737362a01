import { buildArticleFromPage } from '../../core/corpus/article-from-page'
import { canonicalText, decodeBytes } from '../../core/corpus/decode'
import { declaredCharset, isHtmlFileName, looksLikeHtml } from '../../core/corpus/html-sniff'
import { buildArticle } from '../../core/corpus/parse-article'
import type { Article, CorpusError } from '../../core/corpus/types'
import { dropControls } from '../../core/text/controls'
import { sha256Hex } from '../corpus-loader'
import { extractHtml } from './extract-html'

export type ParsedImport = { ok: true; article: Article; warnings: string[] } | { ok: false; error: CorpusError }

/**
 * One file's bytes → an Article, whatever it is: text in any supported encoding, or a saved web
 * page (by its extension, or by its content when a page arrives named .txt). Pure apart from the
 * HTML extraction, so it runs the same in the parse worker and in the calling thread.
 */
export function parseImport(id: string, fileName: string, bytes: Uint8Array): ParsedImport {
  const htmlByName = isHtmlFileName(fileName)
  const decoded = decodeBytes(bytes, htmlByName ? { declared: declaredCharset(bytes) ?? '' } : {})
  if (!decoded.ok) return { ok: false, error: { id, sourceFile: fileName, code: decoded.code, message: decoded.message } }
  const warnings: string[] = []
  if (decoded.repaired === 'mojibake') warnings.push('The text was double-encoded (UTF-8 read as Windows-1256) and has been repaired.')
  const text = canonicalText(decoded.text)
  if (!htmlByName && !looksLikeHtml(text)) return { ok: true, article: withCleanTitle(buildArticle(id, fileName, text, decoded.encoding, sha256Hex)), warnings }
  if (!htmlByName) warnings.push('The file is a web page although its name does not say so; its article was extracted.')
  const article = buildArticleFromPage(id, fileName, extractHtml(text), decoded.encoding, sha256Hex)
  if (!article) return { ok: false, error: { id, sourceFile: fileName, code: 'empty', message: 'The web page holds no article text.' } }
  return { ok: true, article: withCleanTitle(article), warnings }
}

/** A title is shown in lists, printed by the CLI and written into briefings: no control characters in it. */
const withCleanTitle = (article: Article): Article => ({ ...article, meta: { ...article.meta, title: dropControls(article.meta.title) } })
