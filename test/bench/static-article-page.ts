import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Article } from '../../src/core/corpus/types'

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * The first-paint reference: the same article as plain HTML, with the app's own stylesheet (so the
 * same web fonts and layout rules apply) and the reader's default font set from a CSS file (the CSP
 * forbids inline style). No script: what is left is fetch + parse + style + paint of that text.
 * Written into the served renderer folder so the same server process serves it. Returns its path.
 */
export async function writeStaticArticlePage(rendererDir: string, article: Article): Promise<string> {
  const index = await readFile(join(rendererDir, 'index.html'), 'utf8')
  const stylesheets = [...index.matchAll(/<link rel="stylesheet"[^>]*>/g)].map((m) => m[0]).join('\n    ')
  const body = article.blocks
    .filter((b) => b.kind === 'paragraph' || b.kind === 'heading' || b.kind === 'caption')
    .map((b) => {
      const tag = b.kind === 'heading' ? 'h2' : 'p'
      return `<${tag} class="block block-${b.kind}">${escapeHtml(article.text.slice(b.start, b.end))}</${tag}>`
    })
    .join('\n        ')
  const html = `<!doctype html>
<html lang="ar" dir="rtl">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(article.meta.title)}</title>
    ${stylesheets}
    <link rel="stylesheet" href="./bench-static.css">
  </head>
  <body>
    <main class="reader">
      <article class="article" dir="rtl" lang="ar">
        <header class="article-header"><h1 class="article-title" dir="${article.meta.titleDir}">${escapeHtml(article.meta.title)}</h1></header>
        <div class="article-body">
        ${body}
        </div>
      </article>
    </main>
  </body>
</html>
`
  await writeFile(join(rendererDir, 'bench-static.css'), ".reader { font-family: 'Noto Naskh Arabic', serif; font-size: 20px; line-height: 1.9; }\n")
  await writeFile(join(rendererDir, 'bench-static.html'), html)
  return '/bench-static.html'
}
