import type { Backend } from '../../../src/backend/backend'
import type { Handlers } from '../../../src/backend/handlers'
import type { AnchoredHighlight } from '../../../src/core/highlights/anchored'
import type { Highlight, HighlightColor } from '../../../src/core/store/annotations'
import { openHandlers, SEEDS_DIR, valueOf } from '../helpers/backend'
import { makeTempDir } from '../helpers/temp-dir'

export const A001 = '001_acbe007552a08bad'
export const A002 = '002_ac22526983ea9195'
export const A003 = '003_5733bacec403bece'
/** The fixed clock every fixture briefing is built with. */
export const NOW = (): Date => new Date('2025-03-01T08:00:00.000Z')

/** Offsets of `from` … the end of `to` (searched after it) in an article's text. */
export function span(backend: Backend, articleId: string, from: string, to: string): { start: number; end: number } {
  const text = backend.article(articleId)?.text ?? ''
  const start = text.indexOf(from)
  const end = text.indexOf(to, start) + to.length
  if (start < 0 || end < start + to.length) throw new Error(`fixture text not found in ${articleId}: ${from} … ${to}`)
  return { start, end }
}

async function highlight(handlers: Handlers, articleId: string, range: { start: number; end: number }, color: HighlightColor, comment = ''): Promise<AnchoredHighlight> {
  const [created] = valueOf<AnchoredHighlight[]>(await handlers.createHighlights([{ articleId, ...range, color, comment }]))
  return created as AnchoredHighlight
}

/** A hostile note: raw HTML, script, event handlers and javascript:/data: links, as text and as marks. */
export const HOSTILE_NOTE = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: '<script>alert("h")</script> عنوان' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: '<img src=x onerror="alert(1)"> و <a href="javascript:alert(2)">رابط</a> ' },
        { type: 'text', text: 'انقر', marks: [{ type: 'link', attrs: { href: 'javascript:alert(3)' } }] },
        { type: 'text', text: ' ' },
        { type: 'text', text: 'هنا', marks: [{ type: 'link', attrs: { href: ' JaVa\tScRiPt:alert(4)' } }] },
        { type: 'text', text: ' ' },
        { type: 'text', text: 'صورة', marks: [{ type: 'link', attrs: { href: 'data:text/html,<script>alert(5)</script>' } }] },
        { type: 'text', text: ' [x](javascript:alert(6)) <javascript:alert(7)> <div onclick="alert(8)">x</div> ' },
        { type: 'text', text: 'موقع آمن', marks: [{ type: 'link', attrs: { href: 'https://example.com/a b"><script>alert(9)</script>' } }] },
      ],
    },
    { type: 'codeBlock', attrs: { language: 'html"><script>' }, content: [{ type: 'text', text: '</code></pre><script>alert(10)</script>\n```\n<img onerror=alert(11)>' }] },
  ],
}

/**
 * A briefing fixture over the seeds: highlights that contain entity mentions (one starting with a
 * Latin name, one with a comment in English), one tagged by hand, an orphan, and notes — a rich one
 * with an @mention, a hostile one, one whose body is not valid editor JSON.
 */
export async function briefingFixture(): Promise<{ backend: Backend; handlers: Handlers; dataDir: string; highlights: AnchoredHighlight[] }> {
  const dataDir = await makeTempDir('briefing')
  // A clock that moves a millisecond per reading: notes made in one millisecond would otherwise
  // tie on createdAt and come out in the order of their random ids.
  let tick = Date.now()
  const { backend, handlers } = await openHandlers({ dataDir, seedsDir: SEEDS_DIR, now: () => new Date(tick++) })
  const highlights = [
    await highlight(handlers, A001, span(backend, A001, 'شركة ميتا وشركة Scale AI', 'قدره 14.3 مليار دولار'), 'yellow', 'استثمار ضخم (14.3 مليار) في Scale AI'),
    await highlight(handlers, A002, span(backend, A002, 'Meta Superintelligence Labs (MSL)', 'مؤسس Scale AI'), 'green', 'The lab is led by Wang (see 3).'),
    await highlight(handlers, A003, span(backend, A003, 'أطلق مارك زوكربيرغ', 'الذكاء الاصطناعي'), 'blue'),
    await highlight(handlers, A001, span(backend, A001, 'وإلى جانب ذلك', 'Mercor و Surge'), 'pink', 'سطر أول\n<b>سطر</b> ثانٍ *مهم*'),
  ]
  valueOf(await handlers.tagHighlight([highlights[3]?.id, ['scale-ai']]))
  // An orphan: made on another version of the text, its quote no longer there.
  const doc = await backend.annotations.forArticle(A003)
  const orphan: Highlight = {
    id: 'orphan-1',
    articleId: A003,
    contentHash: '0'.repeat(64),
    target: { quote: { type: 'TextQuoteSelector', exact: 'فقرة حُذفت من المقال عن Scale AI', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 10, end: 40 } },
    color: 'yellow',
    comment: 'كانت هنا',
    entityIds: ['scale-ai'],
    createdAt: NOW().toISOString(),
    updatedAt: NOW().toISOString(),
  }
  await doc.update((d) => void d.highlights.push(orphan))

  await handlers.createNote([
    {
      title: 'ملاحظة عن Scale AI',
      body: {
        type: 'doc',
        content: [
          { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'الخلفية' }] },
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'Meta استثمرت في الشركة، وقادها ' },
              { type: 'mention', attrs: { id: 'alexandr-wang', label: 'ألكسندر وانغ' } },
              { type: 'text', text: ' ثم انتقل إلى ' },
              { type: 'text', text: 'ميتا', marks: [{ type: 'bold' }] },
              { type: 'text', text: ' بحسب ' },
              { type: 'text', text: 'تك كرانش', marks: [{ type: 'link', attrs: { href: 'https://techcrunch.com/' } }, { type: 'italic' }] },
              { type: 'text', text: '.' },
            ],
          },
          {
            type: 'bulletList',
            content: [
              { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'صفقة بقيمة 14.3 مليار دولار' }] }] },
              { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: '- بيانات للتدريب' }] }] },
            ],
          },
          { type: 'orderedList', attrs: { start: 1 }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'أولًا' }] }] }] },
        ],
      },
      attachments: [{ kind: 'entity', id: 'scale-ai' }],
    },
  ])
  await handlers.createNote([{ title: 'ملاحظة عدائية', body: HOSTILE_NOTE, attachments: [{ kind: 'entity', id: 'scale-ai' }] }])
  await handlers.createNote([{ title: 'ملاحظة تالفة', body: '{"type":"doc","content":[{"type":"paragraph" — نص الملاحظة', attachments: [{ kind: 'entity', id: 'scale-ai' }] }])
  return { backend, handlers, dataDir, highlights }
}
