import { describe, expect, it } from 'vitest'
import { validateName } from '../../../src/core/entities'
import { loadStarterRegistry } from '../../fixtures/seed-mentions'
import { entity } from './make-entity'

const registry = [
  entity('meta', { type: 'org', nameAr: 'ميتا', nameLatin: 'Meta' }),
  entity('sam-altman', { nameAr: 'سام ألتمان', nameLatin: 'Sam Altman', aliases: ['ألتمان'] }),
]
const code = (name: string, id = 'new'): string => {
  const check = validateName(name, id, registry)
  return check.ok ? 'ok' : check.code
}

describe('validateName', () => {
  it('accepts a new name and returns the key the matcher compares', () => {
    expect(validateName('  بلومبرغ ', 'bloomberg', registry)).toEqual({ ok: true, key: 'بلومبرغ' })
    expect(validateName('Scale  AI', 'scale', registry)).toEqual({ ok: true, key: 'scale ai' })
  })

  it('refuses an empty or blank name', () => {
    expect(code('')).toBe('empty')
    expect(code(' \u00a0\u200f ')).toBe('empty')
  })

  it('refuses a single letter, counted after normalisation (tashkeel and punctuation do not count)', () => {
    expect(code('أ')).toBe('too-short')
    expect(code('X')).toBe('too-short')
    expect(code('بُ')).toBe('too-short')
    expect(code('"؟"')).toBe('too-short')
    expect(code('AI')).toBe('ok')
  })

  it.each([
    'في',
    'من',
    'على',
    'إلى',
    'الى',
    'عن',
    'مع',
    'أن',
    'إن',
    'التي',
    'الذي',
    'هذا',
    'هذه',
    'the',
    'The',
    'of',
    'and',
    'in',
    'وفي',
    'فإن',
  ])('refuses the stop word %s', (word) => expect(code(word)).toBe('stop-word'))

  it('refuses a bare given name: "سام" alone would mark every Sam (and "سام؛", toxic)', () => {
    const check = validateName('سام', 'sam-altman', registry)
    expect(check).toMatchObject({ ok: false, code: 'given-name' })
    expect(code('Mark')).toBe('given-name')
    expect(code('مارك زوكربيرغ')).toBe('ok')
  })

  it('does not mistake a name for a function word behind a clitic-like first letter (لاما is Llama, not ل + أما)', () => {
    expect(code('لاما')).toBe('ok')
  })

  it('refuses a name another entity has, naming that entity, in any spelling the matcher folds together', () => {
    const cases: [string, string][] = [
      ['ميتا', 'meta'],
      ['مِيتَا', 'meta'],
      ['META', 'meta'],
      ['“ميتا”', 'meta'],
      ['آلتمان', 'sam-altman'],
      ['سام التمان', 'sam-altman'],
    ]
    for (const [name, owner] of cases) {
      const check = validateName(name, 'other', registry)
      expect(check, name).toMatchObject({ ok: false, code: 'taken', entityId: owner })
      if (!check.ok) expect(check.message).toContain(owner)
    }
  })

  it("lets an entity keep (or re-add) its own names, and checks a new entity's against all", () => {
    expect(code('ألتمان', 'sam-altman')).toBe('ok')
    expect(validateName('ألتمان', null, registry)).toMatchObject({ ok: false, code: 'taken', entityId: 'sam-altman' })
  })

  it('passes every name of the starter registry against the rest of it', () => {
    const starter = loadStarterRegistry()
    for (const e of starter) {
      for (const name of [e.nameAr, e.nameLatin, ...e.aliases].filter((n) => n.length > 0)) {
        expect(validateName(name, e.id, starter), `${e.id}: ${name}`).toMatchObject({ ok: true })
      }
    }
  })
})
