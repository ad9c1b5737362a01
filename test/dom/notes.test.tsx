import { describe, expect, it } from 'vitest'
import type { Entity } from '../../src/core/entities/types'
import type { JsonNode } from '../../src/core/notes/tiptap-json'
import type { NoteSummary } from '../../src/shared/api'
import { blockDirection } from '../../src/renderer/src/features/notes/block-direction'
import { isAllowedLink, linkFromInput } from '../../src/renderer/src/features/notes/link-policy'
import { canonicalBody, checkBody, noteSchema } from '../../src/renderer/src/features/notes/load-check'
import { directionDecorations } from '../../src/renderer/src/features/notes/majority-direction'
import { mentionLabel, suggestEntities } from '../../src/renderer/src/features/notes/mention-search'
import { filterNotes } from '../../src/renderer/src/features/notes/note-filter'
import { summaryOf } from '../../src/renderer/src/features/notes/note-summary'
import { rawTextOf } from '../../src/renderer/src/features/notes/ReadOnlyNote'

const entity = (id: string, nameAr: string, nameLatin: string, aliases: string[] = []): Entity => ({
  id,
  type: 'person',
  nameAr,
  nameLatin,
  aliases,
  description: '',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
})

const zuckerberg = entity('zuck', 'مارك زوكربيرغ', 'Mark Zuckerberg', ['زوكربيرغ', 'Zuckerberg'])
const altman = entity('altman', 'سام ألتمان', 'Sam Altman', ['ألتمان'])
const meta = entity('meta', 'ميتا', 'Meta', ['فيسبوك'])
const lecun = entity('lecun', '', 'Yann LeCun')
const registry = [zuckerberg, altman, meta, lecun]

describe('block direction', () => {
  it('runs an Arabic paragraph that opens with a Latin name right-to-left (majority, not first strong character)', () => {
    expect(blockDirection('Meta أعلنت اليوم عن مختبر جديد للذكاء الفائق', 'ltr')).toBe('rtl')
  })

  it('runs an English sentence with one Arabic word left-to-right', () => {
    expect(blockDirection('مختبر: Meta announced a new superintelligence lab', 'rtl')).toBe('ltr')
  })

  it('gives a block without letters the direction of the block before it', () => {
    expect(blockDirection('', 'ltr')).toBe('ltr')
    expect(blockDirection('14.3 — 2025', 'rtl')).toBe('rtl')
  })

  it('decorates each block of a document, lists and list items too, without touching the JSON', () => {
    const json = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Meta أعلنت عن مختبر جديد' }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Llama 4 release' }] }] }] },
        { type: 'paragraph' },
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'mention', attrs: { id: 'zuck', label: 'مارك زوكربيرغ', mentionSuggestionChar: '@' } }, { type: 'text', text: ' (CEO)' }] },
      ],
    }
    const doc = noteSchema().nodeFromJSON(json)
    const dirs = directionDecorations(doc)
      .find()
      .sort((a, b) => a.from - b.from || b.to - a.to)
      .map((d) => [doc.nodeAt(d.from)?.type.name, (d as unknown as { type: { attrs: { dir: string } } }).type.attrs.dir])
    expect(dirs).toEqual([
      ['paragraph', 'rtl'],
      ['bulletList', 'ltr'],
      ['listItem', 'ltr'],
      ['paragraph', 'ltr'],
      ['paragraph', 'ltr'], // empty: follows the block before it
      ['heading', 'rtl'], // the mention's Arabic label outweighs "CEO"
    ])
    expect(doc.toJSON()).toEqual(json)
    expect(JSON.stringify(doc.toJSON())).not.toContain('"dir"')
  })

  // Behaviour, not speed: the limit only says decorating 2,000 paragraphs stays linear and never
  // hangs, with room for a loaded machine (it takes a few ms idle; 50 ms flaked under load).
  it('decorates a long note (2,000 paragraphs) without hanging', () => {
    const paragraph = { type: 'paragraph', content: [{ type: 'text', text: 'Meta أعلنت اليوم عن مختبر جديد للذكاء الفائق يقوده ألكسندر وانغ، وفق ما نقلت Bloomberg.' }] }
    const doc = noteSchema().nodeFromJSON({ type: 'doc', content: Array.from({ length: 2000 }, () => paragraph) })
    directionDecorations(doc)
    const started = performance.now()
    directionDecorations(doc)
    const elapsed = performance.now() - started
    expect(elapsed).toBeLessThan(1000)
  })
})

describe('link policy', () => {
  it('accepts http, https and mailto only', () => {
    expect(isAllowedLink('https://example.com/a?b=c')).toBe(true)
    expect(isAllowedLink('http://example.com')).toBe(true)
    expect(isAllowedLink('mailto:desk@example.com')).toBe(true)
    for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'file:///etc/passwd', '/relative', 'example.com', ''])
      expect(isAllowedLink(bad), bad).toBe(false)
  })

  it('completes what a person types as a browser address bar would, and refuses the rest', () => {
    expect(linkFromInput('example.org/lab')).toBe('https://example.org/lab')
    expect(linkFromInput('  https://Example.com ')).toBe('https://example.com/')
    expect(linkFromInput('desk@example.com')).toBe('mailto:desk@example.com')
    expect(linkFromInput('javascript:alert(1)')).toBeNull()
    expect(linkFromInput('data:text/html,hi')).toBeNull()
    expect(linkFromInput('not a link')).toBeNull()
    expect(linkFromInput('')).toBeNull()
  })
})

describe('@mention suggestions', () => {
  const ids = (query: string): string[] => suggestEntities(registry, query).map((e) => e.id)

  it('finds an entity by a spelling variant: "زوكربيرج" (ج) finds "زوكربيرغ" (غ)', () => {
    expect(ids('زوكربيرج')).toEqual(['zuck'])
  })

  it('ignores tashkeel and alef forms, and Latin case', () => {
    expect(ids('زُوكَربيرغ')).toEqual(['zuck'])
    expect(ids('التمان')).toEqual(['altman'])
    expect(ids('ZUCK')).toEqual(['zuck'])
    expect(ids('lecun')).toEqual(['lecun'])
  })

  it('searches Arabic names, Latin names and aliases, names that start with the query first', () => {
    expect(ids('فيسبوك')).toEqual(['meta'])
    expect(ids('م')[0]).toBe('meta') // "ميتا" starts with م; "مارك زوكربيرغ" too, but is longer
    expect(ids('sam')).toEqual(['altman'])
  })

  it('offers every entity for an empty query, and nothing for a query nothing matches', () => {
    expect(ids('')).toHaveLength(registry.length)
    expect(ids('غوغل')).toEqual([])
  })

  it('labels a mention with the Arabic name, else the Latin one', () => {
    expect(mentionLabel(zuckerberg)).toBe('مارك زوكربيرغ')
    expect(mentionLabel(lecun)).toBe('Yann LeCun')
  })
})

describe('notes list filter', () => {
  const note = (id: string, title: string, snippet: string, entityIds: string[] = []): NoteSummary => ({ id, title, snippet, entityIds, updatedAt: '2025-01-01T00:00:00.000Z', attachments: [] })
  const notes = [note('a', 'مختبر Meta', 'أعلنت الشركة عن مختبر'), note('b', '', 'عن الرواتب', ['zuck']), note('c', 'Altman', 'OpenAI')]
  const byId = new Map(registry.map((e) => [e.id, e]))
  const filter = (q: string): string[] => filterNotes(notes, q, byId).map((n) => n.id)

  it('matches titles and text after normalisation', () => {
    expect(filter('مُختبر')).toEqual(['a'])
    expect(filter('META')).toEqual(['a'])
    expect(filter('openai')).toEqual(['c'])
  })

  it('matches the names and aliases of the entities a note is linked to', () => {
    expect(filter('Zuckerberg')).toEqual(['b'])
    expect(filter('زوكربيرغ')).toEqual(['b'])
  })

  it('needs every word, and shows all notes for an empty filter', () => {
    expect(filter('مختبر الشركة')).toEqual(['a'])
    expect(filter('مختبر OpenAI')).toEqual([])
    expect(filter('  ')).toEqual(['a', 'b', 'c'])
  })
})

describe('opening a stored body', () => {
  const doc = (...content: unknown[]) => ({ type: 'doc', content })
  const p = (...content: unknown[]) => ({ type: 'paragraph', content })
  const text = (t: string, marks?: unknown[]) => (marks ? { type: 'text', text: t, marks } : { type: 'text', text: t })

  it('opens what the editor writes: headings, lists, marks, links, mentions', () => {
    const body = doc(
      { type: 'heading', attrs: { level: 2 }, content: [text('عنوان')] },
      p(text('عريض', [{ type: 'bold' }]), text(' '), text('رابط', [{ type: 'link', attrs: { href: 'https://example.com', target: null, rel: 'noopener noreferrer nofollow', class: null, title: null } }])),
      { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('بند'), { type: 'mention', attrs: { id: 'zuck', label: 'مارك زوكربيرغ' } })] }] },
      p(text('مظلل', [{ type: 'highlight' }])),
    )
    expect(checkBody(body).ok).toBe(true)
  })

  it('refuses a body that is not a document, without ever parsing a string as HTML', () => {
    for (const body of ['not a doc', '<p onclick="x">hi</p>', null, 42, [], { type: 'paragraph' }]) expect(checkBody(body).ok).toBe(false)
  })

  it('refuses unknown nodes and marks, broken content and dropped attributes', () => {
    expect(checkBody(doc({ type: 'nonsense' }))).toMatchObject({ ok: false, reason: expect.stringContaining('nonsense') })
    expect(checkBody(doc(p(text('x', [{ type: 'blink' }])))).ok).toBe(false)
    expect(checkBody(doc(text('loose text at the top'))).ok).toBe(false)
    expect(checkBody(doc({ type: 'paragraph', attrs: { align: 'center' }, content: [text('x')] }))).toMatchObject({ ok: false })
  })

  it('opens text runs split by a deleted entity, and an empty document, losing nothing', () => {
    const split = doc(p(text('قال '), text('مارك'), text(''), text(' إن', [])))
    expect(canonicalBody(split as JsonNode)).toEqual(doc(p(text('قال مارك إن'))))
    expect(checkBody(split).ok).toBe(true)
    expect(checkBody({ type: 'doc' }).ok).toBe(true)
    expect(checkBody({ type: 'doc', content: [] }).ok).toBe(true)
  })

  it('shows the raw text of a body it refuses: its words if it has any, else the stored value', () => {
    expect(rawTextOf('not a doc')).toBe('not a doc')
    expect(rawTextOf(doc({ type: 'nonsense', content: [text('نص')] }))).toBe('نص')
    expect(rawTextOf({ type: 'doc', content: [{ type: 'nonsense' }] })).toContain('"nonsense"')
    expect(rawTextOf(42)).toBe('42')
  })
})

describe('list rows of saved notes', () => {
  it('summarises as the backend does: snippet, mentions and entity attachments as linked entities', () => {
    const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'قال ' }, { type: 'mention', attrs: { id: 'zuck', label: 'مارك زوكربيرغ' } }] }] }
    const summary = summaryOf('n1', { title: 'ت', body, attachments: [{ kind: 'entity', id: 'meta' }, { kind: 'article', id: '003' }] }, '2025-02-02T00:00:00.000Z')
    expect(summary).toEqual({
      id: 'n1',
      title: 'ت',
      snippet: 'قال مارك زوكربيرغ',
      updatedAt: '2025-02-02T00:00:00.000Z',
      entityIds: ['zuck', 'meta'],
      attachments: [{ kind: 'entity', id: 'meta' }, { kind: 'article', id: '003' }],
    })
  })
})
