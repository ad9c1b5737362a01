import { seededRng } from '../../support/random'

export interface Damage {
  name: string
  bytes: Buffer
}

/**
 * Ways a document file is found damaged, made from its good bytes: what power loss, a full disk, a
 * sync tool or a hand edit leave behind. `truncations` random cuts (every proper prefix of a JSON
 * object lacks its closing brace, so each is invalid).
 */
export function damagesOf(good: Buffer, truncations: number, seed: number): Damage[] {
  const text = good.toString('utf8')
  const rng = seededRng(seed)
  const json = JSON.parse(text) as Record<string, unknown>
  const firstField = Object.keys(json).find((k) => k !== 'schemaVersion') as string
  const cutLimit = good.length - 2 // before the closing brace and newline
  return [
    { name: 'empty', bytes: Buffer.alloc(0) },
    { name: 'all NUL bytes', bytes: Buffer.alloc(good.length) },
    ...Array.from({ length: truncations }, () => rng.int(1, cutLimit)).map((at) => ({
      name: `truncated at byte ${at}`,
      bytes: good.subarray(0, at),
    })),
    { name: 'UTF-8 BOM in front', bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), good]) },
    {
      name: 'invalid UTF-8 byte inside',
      bytes: Buffer.concat([
        good.subarray(0, Math.floor(good.length / 2)),
        Buffer.from([0xff]),
        good.subarray(Math.floor(good.length / 2) + 1),
      ]),
    },
    { name: 'wrong schema', bytes: Buffer.from(`${JSON.stringify({ ...json, [firstField]: 42 })}\n`) },
    { name: 'schemaVersion missing', bytes: Buffer.from(`${JSON.stringify({ ...json, schemaVersion: undefined })}\n`) },
    { name: 'a JSON array', bytes: Buffer.from('[]\n') },
    { name: 'JSON null', bytes: Buffer.from('null\n') },
  ]
}

/** A file from a newer Daftar: valid, but of a schemaVersion this one does not know. */
export const newerVersionOf = (good: Buffer): Buffer =>
  Buffer.from(`${JSON.stringify({ ...JSON.parse(good.toString('utf8')), schemaVersion: 99, fromTheFuture: true })}\n`)
