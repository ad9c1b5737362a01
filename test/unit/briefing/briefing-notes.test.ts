import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'
import { describe, expect, it } from 'vitest'
import { buildBriefing } from '../../../src/core/briefing/build-briefing'
import type { BriefingInput } from '../../../src/core/briefing/select'
import type { Entity } from '../../../src/core/entities/types'
import type { Note } from '../../../src/core/store/notes'
import { all, ALLOWED_HTML, parseMarkdown, textOf, withoutMark } from '../../support/markdown'
import { HOSTILE_NOTE, NOW } from './fixture'

const entity: Entity = { id: 'e1', type: 'org', nameAr: 'سكيل إيه آي', nameLatin: 'Scale AI', aliases: [], description: '', createdAt: '', updatedAt: '' }
const note = (id: string, body: unknown, title = id): Note => ({ id, title, body, attachments: [{ kind: 'entity', id: 'e1' }], createdAt: `2025-01-0${id.length}`, updatedAt: '' })

function briefingOf(...notes: Note[]): string {
  const input: BriefingInput = { articles: [], entities: [entity], highlights: [], notes, mentionsIn: () => [] }
  const built = buildBriefing(input, { kind: 'entities', entityIds: ['e1'] }, { lang: 'ar', sections: { entities: true, articles: false, sources: true } }, { now: NOW })
  if (!built.ok) throw new Error(built.message)
  return built.briefing.markdown
}

/** The briefing as the most permissive viewer would render it: raw HTML kept, every protocol allowed. */
const permissiveHtml = (markdown: string): string => micromark(markdown, { allowDangerousHtml: true, allowDangerousProtocol: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] })

describe('notes in a briefing produce no executable markup', () => {
  const markdown = briefingOf(note('hostile', HOSTILE_NOTE))
  const html = permissiveHtml(markdown)

  it('keeps raw HTML, scripts and event handlers as text', () => {
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/<(?:img|iframe|object|embed|svg|style)\b/i)
    expect(html).not.toMatch(/<[^>]+\son[a-z]+\s*=/i)
    expect(textOf(parseMarkdown(markdown))).toContain('<img src=x onerror="alert(1)">')
    for (const node of all(parseMarkdown(markdown), 'html')) expect(node.value).toMatch(ALLOWED_HTML)
  })

  it('drops javascript:, data: and disguised links, keeping their words', () => {
    expect(html).not.toMatch(/href="\s*(?:javascript|data|vbscript):/i)
    const links = all(parseMarkdown(markdown), 'link').map((l) => l.url)
    expect(links.every((u) => /^(?:https?:|mailto:|#|daftar:)/.test(u))).toBe(true)
    const text = textOf(parseMarkdown(markdown))
    for (const words of ['انقر', 'هنا', 'صورة', '[x](javascript:alert(6))', '<javascript:alert(7)>']) expect(text).toContain(words)
  })

  it('keeps a web link, with its target encoded so it cannot break out of the attribute', () => {
    const link = all(parseMarkdown(markdown), 'link').find((l) => textOf(l) === 'موقع آمن')
    expect(link?.url).toMatch(/^https:\/\/example\.com\/a%20b%22%3E%3Cscript%3Ealert%289%29%3C\/script%3E$/)
  })

  it('keeps code as code, with an info string that cannot carry markup', () => {
    const code = all(parseMarkdown(markdown), 'code')[0]
    expect(code?.value).toBe('</code></pre><script>alert(10)</script>\n```\n<img onerror=alert(11)>')
    expect(code?.lang ?? null).toBeNull()
  })
})

describe('notes that are not valid editor JSON', () => {
  it('exports a body that is a broken JSON string as its text, after a warning line', () => {
    const markdown = briefingOf(note('broken', '{"type":"doc","content":[ — نص الملاحظة\n\nفقرة ثانية'))
    const paragraphs = all(parseMarkdown(markdown), 'paragraph').map((p) => withoutMark(textOf(p)))
    const at = paragraphs.findIndex((p) => p.startsWith('تنبيه: تعذّرت قراءة هذه الملاحظة'))
    expect(at).toBeGreaterThan(-1)
    expect(paragraphs.slice(at + 1, at + 3)).toEqual(['{"type":"doc","content":[ — نص الملاحظة', 'فقرة ثانية'])
  })

  it('exports a body that is not a document as the text it holds, with the warning', () => {
    const markdown = briefingOf(note('odd', { blocks: [{ text: 'نص أول' }, { text: 'نص ثانٍ' }] }))
    expect(textOf(parseMarkdown(markdown))).toContain('نص أول\nنص ثانٍ')
    expect(markdown).toContain('تنبيه: تعذّرت')
  })

  it('exports nodes the editor does not know as their text, with a warning', () => {
    const markdown = briefingOf(note('partly', { type: 'doc', content: [{ type: 'callout', content: [{ type: 'text', text: 'نص داخل عقدة مجهولة' }] }] }))
    expect(markdown).toContain('تنبيه: في هذه الملاحظة أجزاء')
    expect(textOf(parseMarkdown(markdown))).toContain('نص داخل عقدة مجهولة')
  })

  it('reports each such note in the stats', () => {
    const input: BriefingInput = { articles: [], entities: [entity], highlights: [], notes: [note('broken', 'x'), note('fine', { type: 'doc', content: [] })], mentionsIn: () => [] }
    const built = buildBriefing(input, { kind: 'entities', entityIds: ['e1'] }, { lang: 'en', sections: { entities: true, articles: false, sources: false } }, { now: NOW })
    expect(built.ok && built.briefing.stats.warnings).toEqual(['note "broken" (broken): not valid editor JSON, exported as plain text'])
  })
})
