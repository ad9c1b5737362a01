import { entityTypes, type Entity } from './types'

/** The starter registry file (seeds/entities.json): `{ schemaVersion: 1, entities: Entity[] }`. */
export interface RegistryFile {
  schemaVersion: 1
  entities: Entity[]
}

export type RegistryParse = { ok: true; entities: Entity[] } | { ok: false; message: string }

/** Checks a parsed registry file: the right version, well-formed entities, unique ids. */
export function parseRegistryFile(value: unknown): RegistryParse {
  if (!isRecord(value)) return { ok: false, message: 'not an object' }
  if (value['schemaVersion'] !== 1) return { ok: false, message: `unsupported schemaVersion ${String(value['schemaVersion'])}` }
  const list = value['entities']
  if (!Array.isArray(list)) return { ok: false, message: 'entities is not a list' }
  const ids = new Set<string>()
  for (const [i, e] of list.entries()) {
    const problem = entityProblem(e)
    if (problem) return { ok: false, message: `entity ${i}: ${problem}` }
    const id = (e as Entity).id
    if (ids.has(id)) return { ok: false, message: `entity ${i}: duplicate id ${id}` }
    ids.add(id)
  }
  return { ok: true, entities: list as Entity[] }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

function entityProblem(e: unknown): string | null {
  if (!isRecord(e)) return 'not an object'
  for (const key of ['id', 'nameAr', 'nameLatin', 'description', 'createdAt', 'updatedAt'] as const) {
    if (typeof e[key] !== 'string') return `${key} is not a string`
  }
  if (e['descriptionAr'] !== undefined && typeof e['descriptionAr'] !== 'string') return 'descriptionAr is not a string'
  if (!/^[a-z0-9][a-z0-9-]*$/.test(e['id'] as string)) return `id "${String(e['id'])}" is not a slug`
  if (!entityTypes.includes(e['type'] as Entity['type'])) return `unknown type ${String(e['type'])}`
  if (!Array.isArray(e['aliases']) || !e['aliases'].every((a) => typeof a === 'string')) return 'aliases is not a list of strings'
  const money = e['money']
  if (money !== undefined && (!isRecord(money) || typeof money['value'] !== 'number' || typeof money['currency'] !== 'string')) {
    return 'money needs a numeric value and a currency'
  }
  if (e['type'] === 'money' && money === undefined) return 'a money entity needs its amount'
  return null
}
