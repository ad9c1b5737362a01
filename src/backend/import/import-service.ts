import * as fsp from 'node:fs/promises'
import { fsReason, reason, type Reason } from '../../core/corpus/reasons'
import type { Article } from '../../core/corpus/types'
import type { DuplicateItem, FailedItem, ImportedItem, ImportReport } from '../../shared/library-api'
import { IMPORT_EXTENSIONS, MAX_IMPORT_BYTES, tooLargeMessage, tooLargeReason } from '../../shared/library-api'
import { summarize, type LibraryCorpus, type LibraryEntry } from '../library/library-corpus'
import { describeFsError } from '../store/fs-errors'
import type { Remote } from '../workers/rpc'
import type { ParseMethods } from './parse-methods'
import { WorkerStoppedError } from '../workers/worker-client'
import { safeFileName, stemOf, uniqueFileName, visibleName, baseName } from './import-names'
import type { ImportStore } from './import-store'

export interface IncomingFile {
  name: string
  /** The bytes, or the reason they could not be read. */
  bytes: Uint8Array | { error: string; reason?: Reason }
}

export interface ImportDeps {
  corpus: LibraryCorpus
  store: ImportStore
  parser: Remote<ParseMethods>
  now(): Date
  /** Terminates the parse running now (the user's "stop"); absent when parsing runs in this thread. */
  stopParsing?(): void
}

const extensionOf = (name: string): string => {
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(dot).toLowerCase() : ''
}

const stoppedItem = (file: IncomingFile): FailedItem => ({ file: visibleName(baseName(file.name)) || '(unnamed)', code: 'cancelled', message: 'Not imported: the import was stopped.', reason: reason('stopped') })

/** Lets the event loop run between files, so a big batch never holds the main process for long. */
const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

/**
 * Imports files into the library. Each file is all or nothing: it is parsed (in the parse worker),
 * checked against the library's texts (invisible characters, line ends and tashkeel aside), its original is written durably to the imports
 * folder, and only then is the article added to the library (and so to the search index). A bad
 * file gets its reason in the report and never stops the others; a duplicate names the article
 * that already has its text.
 */
export class ImportService {
  /** Imports run one batch at a time, so two batches never pick the same name or both miss a duplicate. */
  private queue: Promise<unknown> = Promise.resolve()
  /** Set by stop(): the batch running now skips its remaining files. */
  private stopping = false

  constructor(private readonly deps: ImportDeps) {}

  /**
   * The user's "stop": the file being parsed is stopped at once (its worker terminated) and the
   * rest of the running batch is reported as not imported. Batches queued after it still run.
   */
  stop(): void {
    this.stopping = true
    this.deps.stopParsing?.()
  }

  importFiles(files: IncomingFile[]): Promise<ImportReport> {
    const run = this.queue.then(() => {
      this.stopping = false
      return this.run(files)
    })
    this.queue = run.catch(() => {})
    return run
  }

  /** Files from paths (the desktop app's dialog): a file that cannot be read is reported, not thrown. */
  async readPaths(paths: string[]): Promise<IncomingFile[]> {
    return Promise.all(
      paths.map(async (path) => {
        try {
          return { name: baseName(path), bytes: new Uint8Array(await fsp.readFile(path)) }
        } catch (error) {
          return { name: baseName(path), bytes: { error: describeFsError('read', baseName(path), error).message, reason: fsReason('read-failed', error) } }
        }
      }),
    )
  }

  private async run(files: IncomingFile[]): Promise<ImportReport> {
    const report: ImportReport = { imported: [], duplicates: [], failed: [] }
    for (const file of files) {
      await yieldToLoop()
      const outcome = this.stopping ? stoppedItem(file) : await this.one(file)
      if ('existingId' in outcome) report.duplicates.push(outcome)
      else if ('code' in outcome) report.failed.push(outcome)
      else report.imported.push(outcome)
    }
    return report
  }

  private async one(file: IncomingFile): Promise<ImportedItem | DuplicateItem | FailedItem> {
    const shown = visibleName(baseName(file.name)) || '(unnamed)'
    const fail = (code: FailedItem['code'], message: string, why?: Reason): FailedItem => ({ file: shown, code, message, ...(why ? { reason: why } : {}) })
    if ('error' in file.bytes) return fail('unreadable', file.bytes.error, file.bytes.reason)
    const bytes = file.bytes
    if (!(IMPORT_EXTENSIONS as readonly string[]).includes(extensionOf(shown))) {
      return fail('unsupported', `Only ${IMPORT_EXTENSIONS.join(', ')} files can be imported.`, reason('unsupported', { extensions: IMPORT_EXTENSIONS.join(' ') }))
    }
    if (bytes.length > MAX_IMPORT_BYTES) {
      return fail('too-large', tooLargeMessage(bytes.length), tooLargeReason(bytes.length))
    }
    const name = uniqueFileName(safeFileName(shown), (stem) => this.deps.store.hasStem(stem) || this.idTaken(stem))
    const id = stemOf(name)
    let parsed
    try {
      parsed = await this.deps.parser.parse(id, name, bytes)
    } catch (error) {
      if (error instanceof WorkerStoppedError) {
        return error.reason === 'deadline'
          ? fail('too-slow', `Reading the file: ${error.message}`, reason('too-slow', { seconds: (error.seconds ?? 0).toLocaleString('en-US') }))
          : fail('cancelled', 'Stopped while it was being read: the import was stopped.', reason('stopped-reading'))
      }
      return fail('undecodable', `The file could not be read: ${error instanceof Error ? error.message : String(error)}`, reason('parse-failed'))
    }
    if (!parsed.ok) return fail(parsed.error.code, parsed.error.message, parsed.error.reason)
    const article: Article = parsed.article
    const existing = this.deps.corpus.withSameText(article)
    if (existing) return { file: shown, existingId: existing.id, existingTitle: existing.meta.title }
    try {
      await this.deps.store.save(name, bytes, article)
    } catch (error) {
      return fail('write-failed', describeFsError('save', name, error).message, fsReason('save-failed', error))
    }
    const entry: LibraryEntry = { article, origin: 'imported', addedAt: this.deps.now().toISOString() }
    this.deps.corpus.add([entry])
    const warnings = [...parsed.warnings]
    if (shown !== baseName(file.name).trim()) warnings.push('Invisible or bidi control characters were removed from the file name.')
    return { file: shown, id, title: article.meta.title, encoding: article.encoding, warnings, summary: summarize(entry) }
  }

  /** Ids are compared without case, like stored names (one file on macOS and Windows). */
  private idTaken(stemLowerCase: string): boolean {
    return this.deps.corpus.hasIdIgnoringCase(stemLowerCase)
  }
}
