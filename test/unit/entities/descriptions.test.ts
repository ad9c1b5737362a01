import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { briefingFor } from '../../../src/backend/briefing/briefing-service'
import type { Briefing } from '../../../src/core/briefing/scope'
import { parseRegistryFile } from '../../../src/core/entities/registry-file'
import { descriptionIn, type Entity } from '../../../src/core/entities/types'
import { closeBackend, openHandlers, SEEDS_DIR, valueOf } from '../helpers/backend'
import { makeTempDir } from '../helpers/temp-dir'

const starter = (): Entity[] => {
  const parsed = parseRegistryFile(JSON.parse(readFileSync(join(SEEDS_DIR, 'entities.json'), 'utf8')))
  if (!parsed.ok) throw new Error(parsed.message)
  return parsed.entities
}
const arabicLetters = (s: string): number => (s.match(/[\u0621-\u064a]/g) ?? []).length

describe('entity descriptions in both languages', () => {
  it('gives every bundled entity that has a description an Arabic one too', () => {
    const described = starter().filter((e) => e.description)
    expect(described.length).toBeGreaterThan(30)
    for (const e of described) {
      expect(e.descriptionAr, e.id).toBeDefined()
      // Arabic sentences; names written in Latin letters (OpenAI, Safe Superintelligence) stay as they are.
      expect(arabicLetters(e.descriptionAr ?? ''), e.id).toBeGreaterThanOrEqual(5)
      expect(e.descriptionAr).not.toBe(e.description)
    }
  })

  it('shows the description in the interface language, falling back to the one there is', () => {
    const both = { description: 'CEO of OpenAI', descriptionAr: 'الرئيس التنفيذي لشركة OpenAI' }
    expect(descriptionIn(both, 'ar')).toBe('الرئيس التنفيذي لشركة OpenAI')
    expect(descriptionIn(both, 'en')).toBe('CEO of OpenAI')
    expect(descriptionIn({ description: 'وصف كتبه المستخدم' }, 'en')).toBe('وصف كتبه المستخدم')
    expect(descriptionIn({ description: '' }, 'ar')).toBe('')
  })

  it('refuses a registry whose Arabic description is not text', () => {
    const [first] = starter()
    expect(parseRegistryFile({ schemaVersion: 1, entities: [{ ...first, descriptionAr: 7 }] })).toEqual({ ok: false, message: 'entity 0: descriptionAr is not a string' })
  })

  it('keeps the Arabic description when an edit sends only the other fields, and writes each briefing’s in its language', async () => {
    const { backend, handlers } = await openHandlers({ dataDir: await makeTempDir('descriptions'), seedsDir: SEEDS_DIR })
    const sam = valueOf<Entity[]>(await handlers.listEntities([])).find((e) => e.id === 'sam-altman') as Entity
    const { id: _id, createdAt: _c, updatedAt: _u, descriptionAr: _ar, ...rest } = sam
    const edited = valueOf<Entity>(await handlers.updateEntity(['sam-altman', { ...rest, description: 'CEO of OpenAI since 2019' }]))
    expect(edited.descriptionAr).toBe(sam.descriptionAr)
    const scope = { kind: 'entities' as const, entityIds: ['sam-altman'] }
    const ar = valueOf<Briefing>(await briefingFor(backend, scope, { lang: 'ar', sections: { entities: true, articles: false, sources: true } }, () => new Date(0)))
    const en = valueOf<Briefing>(await briefingFor(backend, scope, { lang: 'en', sections: { entities: true, articles: false, sources: true } }, () => new Date(0)))
    expect(ar.markdown).toContain('الرئيس التنفيذي لشركة')
    expect(ar.markdown).not.toContain('CEO of OpenAI since 2019')
    expect(en.markdown).toContain('CEO of OpenAI since 2019')
    await closeBackend(backend)
  })
})
