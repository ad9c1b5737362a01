import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { entitiesSpec, starterRegistrySchema, type EntitiesDocument } from '../../core/store/entities'
import type { StoreNotice } from '../../core/store/notices'
import { openDocument } from '../../core/store/open-document'
import { StoredDocument } from '../../core/store/stored-document'
import type { DurableFs } from '../store/durable-fs'
import { NodeDocumentStorage } from '../store/node-document-storage'

/** The starter registry shipped beside the seed articles. */
export const STARTER_REGISTRY = 'entities.json'

/**
 * Opens the user's registry (`entities.json` in the data folder). On the very first start it is
 * filled from the starter registry in the seeds folder: a convenience the user then owns and edits;
 * a missing or invalid starter file only means an empty registry, with a notice.
 */
export async function openRegistry(
  dataDir: string,
  seedsDir: string,
  onNotice: (n: StoreNotice) => void,
  now?: () => Date,
  fs?: DurableFs,
): Promise<StoredDocument<EntitiesDocument>> {
  const firstStart = !(await fsp.access(join(dataDir, 'entities.json')).then(
    () => true,
    () => false,
  ))
  const storage = new NodeDocumentStorage<EntitiesDocument>(dataDir, entitiesSpec.name, { ...(now ? { now } : {}), ...(fs ? { fs } : {}) })
  const opened = await openDocument(entitiesSpec, storage)
  opened.notices.forEach(onNotice)
  const doc = new StoredDocument(opened.low, entitiesSpec.name, opened.readOnly, onNotice)
  if (!firstStart || opened.readOnly) return doc

  const path = join(seedsDir, STARTER_REGISTRY)
  let text: string
  try {
    text = await fsp.readFile(path, 'utf8')
  } catch {
    return doc // no starter registry shipped: start empty
  }
  const parsed = (() => {
    try {
      return starterRegistrySchema.safeParse(JSON.parse(text))
    } catch (error) {
      return { success: false as const, error }
    }
  })()
  if (!parsed.success) {
    onNotice({ kind: 'records-set-aside', document: path, count: 1, reason: 'the starter registry is not valid and was not loaded' })
    return doc
  }
  await doc.update((d) => void d.entities.push(...parsed.data.entities))
  return doc
}
