import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import type { Adapter } from 'lowdb'
import type { BackupRef, DocumentStorage } from '../../core/store/storage-port'
import { nodeDurableFs, type DurableFs } from './durable-fs'
import { DurableJsonFile } from './durable-json-file'
import { writeFileDurably, TEMP_SUFFIX } from './durable-write'
import { describeFsError, errorCode } from './fs-errors'

export const BACKUPS_KEPT = 5

/** ISO time made safe for file names on every OS (no colons). */
const stamp = (date: Date): string => date.toISOString().replace(/[:.]/g, '-')
const unstamp = (s: string): string => s.replace(/^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3}Z)$/, '$1:$2:$3.$4')

export interface NodeDocumentStorageOptions {
  fs?: DurableFs
  now?: () => Date
  backupsKept?: number
}

/**
 * One document on disk: `<dir>/<name>.json`, its backups in `<dir>/backups/<name>.<time>.json`
 * (newest `backupsKept` kept), and quarantined copies beside it as `<name>.json.corrupt-<time>`.
 */
export class NodeDocumentStorage<T> implements DocumentStorage<T> {
  readonly location: string
  readonly adapter: Adapter<T>
  private readonly fs: DurableFs
  private readonly now: () => Date
  private readonly backupsKept: number
  private readonly backupDir: string

  constructor(
    dir: string,
    private readonly name: string,
    options: NodeDocumentStorageOptions = {},
  ) {
    this.fs = options.fs ?? nodeDurableFs
    this.now = options.now ?? (() => new Date())
    this.backupsKept = options.backupsKept ?? BACKUPS_KEPT
    this.location = join(dir, `${name}.json`)
    this.backupDir = join(dir, 'backups')
    this.adapter = new DurableJsonFile<T>(this.location, this.fs)
  }

  async quarantine(): Promise<string> {
    for (let attempt = 0; ; attempt++) {
      const target = `${this.location}.corrupt-${stamp(this.now())}${attempt ? `-${attempt}` : ''}`
      if (await exists(target)) continue
      try {
        await this.fs.rename(this.location, target)
        return target
      } catch (error) {
        throw describeFsError('move aside', this.location, error)
      }
    }
  }

  async listBackups(): Promise<BackupRef[]> {
    let names: string[]
    try {
      names = await fsp.readdir(this.backupDir)
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return []
      throw error
    }
    const prefix = `${this.name}.`
    return names
      .filter((n) => n.startsWith(prefix) && n.endsWith('.json'))
      .sort()
      .reverse()
      .map((n) => ({ location: join(this.backupDir, n), takenAt: unstamp(n.slice(prefix.length, -'.json'.length)) }))
  }

  /** Reads a backup with the same strict decoding as the document itself (a damaged backup throws). */
  async readBackup(ref: BackupRef): Promise<unknown> {
    return new DurableJsonFile<unknown>(ref.location, this.fs).read()
  }

  async writeBackup(doc: T): Promise<void> {
    const text = `${JSON.stringify(doc)}\n`
    const [newest] = await this.listBackups()
    if (newest && (await this.fs.readFile(newest.location, 'utf8').catch(() => null)) === text) return
    await fsp.mkdir(this.backupDir, { recursive: true })
    await writeFileDurably(this.fs, join(this.backupDir, `${this.name}.${stamp(this.now())}.json`), text)
    const stale = (await this.listBackups()).slice(this.backupsKept)
    await Promise.all(stale.map((ref) => this.fs.unlink(ref.location).catch(() => {})))
  }
}

const exists = (path: string): Promise<boolean> =>
  fsp.access(path).then(
    () => true,
    () => false,
  )

/**
 * Removes temp files a crashed writer left beside the documents in `dir`. Called at start-up while
 * holding the data-folder lock, so no live writer owns them.
 */
export async function removeStaleTempFiles(dir: string): Promise<string[]> {
  const removed: string[] = []
  for (const folder of [dir, join(dir, 'backups')]) {
    let names: string[]
    try {
      names = await fsp.readdir(folder)
    } catch {
      continue
    }
    for (const n of names) {
      if (!n.startsWith('.') || !n.endsWith(TEMP_SUFFIX)) continue
      await fsp.unlink(join(folder, n)).then(
        () => removed.push(join(folder, n)),
        () => {},
      )
    }
  }
  return removed
}

