import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseRegistryFile } from '../../../src/core/entities'
import { loadStarterRegistry } from '../../fixtures/seed-mentions'
import { entity } from './make-entity'

const file = resolve(import.meta.dirname, '../../../seeds/entities.json')

describe('the starter registry (seeds/entities.json)', () => {
  it('parses, with unique slug ids and ISO timestamps', () => {
    const entities = loadStarterRegistry()
    expect(entities.length).toBeGreaterThanOrEqual(30)
    for (const e of entities) {
      expect(new Date(e.createdAt).toISOString()).toBe(e.createdAt)
      expect(new Date(e.updatedAt).toISOString()).toBe(e.updatedAt)
    }
  })

  it('has the people, organisations, products and amounts of the seeds', () => {
    const ids = new Set(loadStarterRegistry().map((e) => e.id))
    for (const id of [
      'mark-zuckerberg',
      'sam-altman',
      'jack-altman',
      'alexandr-wang',
      'yann-lecun',
      'meta',
      'openai',
      'scale-ai',
      'wall-street-journal',
      'llama-4',
      'chatgpt',
      'scale-ai-investment',
    ]) {
      expect(ids, id).toContain(id)
    }
    const investment = loadStarterRegistry().find((e) => e.id === 'scale-ai-investment')
    expect(investment?.money).toEqual({ value: 14.3e9, currency: 'USD' })
  })

  it('keeps every line under 100 characters, so the bench corpus generator never reads it as an article paragraph', () => {
    // test/bench/generate-corpus.ts reads every file in seeds/ and takes lines of 100+ characters as paragraphs.
    for (const line of readFileSync(file, 'utf8').split('\n')) expect(line.length).toBeLessThan(100)
  })
})

describe('parseRegistryFile', () => {
  const ok = entity('x', { nameAr: 'س ص' })
  it.each([
    [null, 'not an object'],
    [{ schemaVersion: 2, entities: [] }, 'unsupported schemaVersion 2'],
    [{ schemaVersion: 1 }, 'entities is not a list'],
    [{ schemaVersion: 1, entities: [ok, ok] }, 'entity 1: duplicate id x'],
    [{ schemaVersion: 1, entities: [{ ...ok, id: 'Not A Slug' }] }, 'entity 0: id "Not A Slug" is not a slug'],
    [{ schemaVersion: 1, entities: [{ ...ok, type: 'city' }] }, 'entity 0: unknown type city'],
    [{ schemaVersion: 1, entities: [{ ...ok, aliases: [1] }] }, 'entity 0: aliases is not a list of strings'],
    [{ schemaVersion: 1, entities: [{ ...ok, type: 'money' }] }, 'entity 0: a money entity needs its amount'],
  ])('refuses %j: %s', (value, message) => {
    expect(parseRegistryFile(value)).toEqual({ ok: false, message })
  })

  it('accepts a well-formed file', () => {
    expect(parseRegistryFile({ schemaVersion: 1, entities: [ok] })).toEqual({ ok: true, entities: [ok] })
  })
})
