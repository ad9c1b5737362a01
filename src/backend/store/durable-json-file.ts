import * as fsp from 'node:fs/promises'
import type { Adapter } from 'lowdb'
import { CorruptDocumentError } from '../../core/store/storage-port'
import { nodeDurableFs, type DurableFs } from './durable-fs'
import { writeFileDurably } from './durable-write'
import { describeFsError, errorCode } from './fs-errors'

interface Waiter {
  resolve: () => void
  reject: (error: Error) => void
}

/**
 * lowdb adapter with the durability lowdb's own JSONFile lacks (DESIGN.md "Durability").
 * Writes are serialised (one at a time) and coalesced: calls made while a write is running are
 * folded into one next write of the newest data, and each call resolves only once data at least as
 * new as its own is fsynced. So an acknowledged write is on disk, and a burst of N changes costs
 * two writes, not N.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  private running = false
  private pending: { text: string; waiters: Waiter[] } | null = null

  constructor(
    readonly path: string,
    private readonly fs: DurableFs = nodeDurableFs,
  ) {}

  async read(): Promise<T | null> {
    let bytes: Buffer
    try {
      // Never through a link (it could show a file from outside the data folder) nor a folder or a device.
      const kind = await fsp.lstat(this.path)
      if (!kind.isFile()) throw new CorruptDocumentError(`not a regular file (${kind.isSymbolicLink() ? 'a link' : kind.isDirectory() ? 'a folder' : 'a special file'})`, this.path)
      bytes = await this.fs.readFile(this.path)
    } catch (error) {
      if (error instanceof CorruptDocumentError) throw error
      if (errorCode(error) === 'ENOENT') return null
      throw describeFsError('read', this.path, error)
    }
    if (bytes.length === 0) throw new CorruptDocumentError('the file is empty', this.path)
    let text: string
    try {
      // Strict: a lenient decode would load damaged bytes as U+FFFD and the next save would keep them.
      // The BOM is kept so that JSON.parse rejects it, as it does any byte we never write.
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
    } catch {
      throw new CorruptDocumentError('the file is not valid UTF-8 text', this.path)
    }
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch (error) {
      const detail = text.includes('\u0000') ? 'it holds NUL bytes' : (error as Error).message
      throw new CorruptDocumentError(`the file is not valid JSON (${detail})`, this.path)
    }
    // null means "no file" to lowdb and openDocument: a file holding `null` would be overwritten unseen.
    if (value === null) throw new CorruptDocumentError('the file holds null, not a document', this.path)
    return value as T
  }

  write(data: T): Promise<void> {
    // Serialise now: lowdb hands us its live object, which may change before the disk is free.
    const text = `${JSON.stringify(data)}\n`
    return new Promise<void>((resolve, reject) => {
      if (this.pending) this.pending.text = text
      else this.pending = { text, waiters: [] }
      this.pending.waiters.push({ resolve, reject })
      this.drain()
    })
  }

  private drain(): void {
    if (this.running || !this.pending) return
    const job = this.pending
    this.pending = null
    this.running = true
    writeFileDurably(this.fs, this.path, job.text).then(
      () => job.waiters.forEach((w) => w.resolve()),
      (error: unknown) => {
        const described = describeFsError('save', this.path, error)
        job.waiters.forEach((w) => w.reject(described))
      },
    ).finally(() => {
      this.running = false
      this.drain()
    })
  }
}
