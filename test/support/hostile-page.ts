import type { Article } from '../../src/core/corpus/types'

/** Words that only the hostile parts of the page carry: none may reach the imported article. */
export const DECOYS = [
  'ميتا-إكس',
  '999 مليار دولار',
  'DECOY-SCRIPT',
  'DECOY-HIDDEN-STYLE',
  'DECOY-HIDDEN-CLASS',
  'DECOY-HIDDEN-ATTR',
  'DECOY-ARIA',
  'DECOY-COMMENT',
  'DECOY-IFRAME',
  'DECOY-SVG',
  'DECOY-NOSCRIPT',
  'DECOY-TEMPLATE',
  'DECOY-FORM',
  'alert(',
  'javascript:',
  'onerror',
]

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * A saved news page wrapping a seed article (its title, headings and paragraphs, in order) in
 * everything a hostile or merely messy page carries: scripts (inline, external, in event handlers),
 * javascript: links in case variants, frames, SVG, forms, hidden decoy text (inline style, a class a
 * stylesheet hides, the hidden attribute, aria-hidden), an HTML comment full of fake entities, site
 * navigation and comment-form chrome, metadata for title, byline, site name and date. `sentinel`
 * names a global that any script of the page that ran would set.
 */
export function hostilePage(article: Article, sentinel = '__daftarPageScriptRan'): string {
  const title = article.meta.title
  const readable = article.blocks.filter((b) => b.kind === 'heading' || b.kind === 'paragraph').map((b) => ({ kind: b.kind, text: article.text.slice(b.start, b.end) }))
  const body = readable.map((b, i) => {
    const own = b.kind === 'heading' ? `<h2>${escape(b.text)}</h2>` : `<p>${escape(b.text)}</p>`
    const hostile = [
      `<script>window.${sentinel} = true; document.write('DECOY-SCRIPT')</script>`,
      `<img src="x" onerror="window.${sentinel} = true; alert(1)">`,
      `<p><a href="JaVaScRiPt:window.${sentinel}=true">رابط</a> <a href="javascript:alert(1)">آخر</a> <a href=" jAvAsCrIpT:alert(2)">ثالث</a></p>`,
      `<iframe src="javascript:parent.${sentinel}=true"></iframe><iframe srcdoc="&lt;p&gt;DECOY-IFRAME&lt;/p&gt;&lt;script&gt;parent.${sentinel}=true&lt;/script&gt;"></iframe>`,
      `<div style="display: none">DECOY-HIDDEN-STYLE شركة ميتا-إكس دفعت 999 مليار دولار</div>`,
      `<p class="sr-decoy">DECOY-HIDDEN-CLASS ميتا-إكس</p>`,
      `<p hidden>DECOY-HIDDEN-ATTR</p><div aria-hidden="true">DECOY-ARIA</div>`,
      `<!-- DECOY-COMMENT: ميتا-إكس 999 مليار دولار OpenAI -->`,
      `<svg onload="window.${sentinel}=true"><text>DECOY-SVG</text></svg>`,
      `<noscript>DECOY-NOSCRIPT</noscript><template><p>DECOY-TEMPLATE</p></template>`,
      `<form action="javascript:alert(3)"><input value="DECOY-FORM"><button>DECOY-FORM</button></form>`,
    ]
    return own + (i < hostile.length ? hostile[i] : '')
  })
  return `<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>${escape(title)} | البوابة التقنية</title>
<meta property="og:site_name" content="البوابة التقنية">
<meta name="author" content="فريق التحرير">
<meta property="article:published_time" content="2025-06-14T09:30:00Z">
<style>.sr-decoy { display:none !important }</style>
<script>window.${sentinel} = true</script>
<script src="https://evil.example/steal.js"></script>
</head>
<body onload="window.${sentinel} = true">
<nav><a href="/">الرئيسية</a> | <a href="/tech">تقنية</a> | <a href="/sport">رياضة</a></nav>
<article>
<h1>${escape(title)}</h1>
${body.join('\n')}
</article>
<footer><p>اترك تعليقاً</p><p>زر الذهاب إلى الأعلى</p></footer>
</body>
</html>`
}

/** The seed's readable blocks (title, headings, paragraphs) as text, in order. */
export const readableBlocks = (article: Article): { kind: string; text: string }[] =>
  article.blocks.filter((b) => b.kind === 'title' || b.kind === 'heading' || b.kind === 'paragraph').map((b) => ({ kind: b.kind, text: article.text.slice(b.start, b.end).replace(/\s+/g, ' ').trim() }))
