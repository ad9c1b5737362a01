import { createHash } from 'node:crypto'
import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import type { DocumentSpec, VersionedDocument } from '../../core/store/document-spec'
import type { StoreNotice } from '../../core/store/notices'
import { openDocument } from '../../core/store/open-document'
import { StoredDocument } from '../../core/store/stored-document'
import type { DurableFs } from './durable-fs'
import { NodeDocumentStorage, removeStaleTempFiles } from './node-document-storage'

// Lower case only: macOS and Windows disks ignore case, so "Report" and "report" would share one file.
const SAFE_STEM = /^[a-z0-9_-]{1,100}$/
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i
const HASHED_STEM = /^id-[0-9a-f]{32}$/
const OPEN_AT_ONCE = 16

/** Ids become file stems; ids that are not plain lower-case ASCII names get a hashed file name. */
export function fileStemFor(id: string): string {
  if (SAFE_STEM.test(id) && !WINDOWS_RESERVED.test(id)) return id
  return `id-${createHash('sha256').update(id).digest('hex').slice(0, 32)}`
}

export interface CollectionOptions<T extends VersionedDocument> {
  /** Folder name under the data folder ("annotations", "notes"). */
  folder: string
  specFor: (id: string) => DocumentSpec<T>
  /** Reads the id a document records (for hashed file names). */
  idOf: (doc: unknown) => string | null
  /** Called once per opened document: what it should tell the user about itself. */
  inspect?: (doc: T, name: string) => StoreNotice | null
  now?: () => Date
  /** The file operations writes go through (tests inject disk faults here). */
  fs?: DurableFs
}

/**
 * A folder of lowdb documents, one per id (`<dataDir>/<folder>/<id>.json`), so a change rewrites one
 * small file. Each document is opened on first use and cached, backed up before its first change of
 * the session, and recovered by the same policy as every document (DESIGN.md "Durability").
 */
export class DocumentCollection<T extends VersionedDocument> {
  private readonly open = new Map<string, Promise<StoredDocument<T>>>()
  private readonly storages = new Map<string, NodeDocumentStorage<T>>()
  readonly dir: string

  constructor(
    dataDir: string,
    private readonly options: CollectionOptions<T>,
    private readonly onNotice: (notice: StoreNotice) => void,
  ) {
    this.dir = join(dataDir, options.folder)
  }

  get(id: string): Promise<StoredDocument<T>> {
    let doc = this.open.get(id)
    if (!doc) {
      doc = this.load(id)
      this.open.set(id, doc)
      // A failed open (unreadable file) is not remembered: the next call tries again.
      doc.catch(() => this.open.delete(id))
    }
    return doc
  }

  /** Removes temp files a crashed writer left. Only at start-up, before any write of this process. */
  async removeStaleTempFiles(): Promise<void> {
    await removeStaleTempFiles(this.dir)
  }

  /** Opens every document on disk (16 at a time); returns them by id. */
  async openAll(): Promise<Map<string, StoredDocument<T>>> {
    let names: string[] = []
    try {
      names = (await fsp.readdir(this.dir)).filter((n) => n.endsWith('.json') && !n.startsWith('.'))
    } catch {
      return new Map()
    }
    const ids = await Promise.all(names.map((name) => this.idOfFile(name)))
    const docs = new Map<string, StoredDocument<T>>()
    for (let at = 0; at < ids.length; at += OPEN_AT_ONCE) {
      const batch = ids.slice(at, at + OPEN_AT_ONCE)
      const opened = await Promise.all(batch.map((id) => this.get(id)))
      batch.forEach((id, i) => docs.set(id, opened[i] as StoredDocument<T>))
    }
    return docs
  }

  /**
   * Deletes a document the user deleted. Its last version is backed up first and its backups stay
   * in backups/, so even a deletion can be undone by hand.
   */
  async remove(id: string): Promise<void> {
    const doc = await this.get(id)
    await this.storages.get(id)?.writeBackup(structuredClone(doc.data))
    this.open.delete(id)
    this.storages.delete(id)
    await fsp.rm(join(this.dir, `${fileStemFor(id)}.json`), { force: true })
  }

  /** Hashed stems do not say which id they belong to: the document itself does. */
  private async idOfFile(name: string): Promise<string> {
    const stem = name.slice(0, -'.json'.length)
    if (!HASHED_STEM.test(stem)) return stem
    const text = await fsp.readFile(join(this.dir, name), 'utf8').catch(() => '')
    try {
      return this.options.idOf(JSON.parse(text)) ?? stem
    } catch {
      return stem
    }
  }

  private async load(id: string): Promise<StoredDocument<T>> {
    await fsp.mkdir(this.dir, { recursive: true }).catch(() => {})
    const stem = fileStemFor(id)
    const name = `${this.options.folder}/${stem}`
    const { now, fs } = this.options
    const storage = new NodeDocumentStorage<T>(this.dir, stem, { ...(now ? { now } : {}), ...(fs ? { fs } : {}) })
    this.storages.set(id, storage)
    const opened = await openDocument(this.options.specFor(id), storage, { backup: 'before-first-change' })
    opened.notices.forEach(this.onNotice)
    const inspected = this.options.inspect?.(opened.low.data, name)
    if (inspected) this.onNotice(inspected)
    return new StoredDocument(opened.low, name, opened.readOnly, this.onNotice, opened.backupBeforeFirstChange)
  }
}
