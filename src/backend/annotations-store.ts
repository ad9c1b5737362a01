import { createHash } from 'node:crypto'
import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { annotationsSpec, type AnnotationsDocument } from '../core/store/annotations'
import type { StoreNotice } from '../core/store/notices'
import { openDocument } from '../core/store/open-document'
import { StoredDocument } from '../core/store/stored-document'
import { NodeDocumentStorage, removeStaleTempFiles } from './store/node-document-storage'

// Lower case only: macOS and Windows disks ignore case, so "Report" and "report" would share one file.
const SAFE_STEM = /^[a-z0-9_-]{1,100}$/
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i
const HASHED_STEM = /^id-[0-9a-f]{32}$/
const OPEN_AT_ONCE = 16

/** Article ids are file stems; ones that are not plain lower-case ASCII names get a hashed file name. */
export function annotationsFileStem(articleId: string): string {
  if (SAFE_STEM.test(articleId) && !WINDOWS_RESERVED.test(articleId)) return articleId
  return `id-${createHash('sha256').update(articleId).digest('hex').slice(0, 32)}`
}

/**
 * The per-article annotation documents under `<dataDir>/annotations/`. Each is opened on first use
 * and cached; `openAll` opens every existing file (used at start-up for the global views).
 */
export class AnnotationsStore {
  private readonly open = new Map<string, Promise<StoredDocument<AnnotationsDocument>>>()
  readonly dir: string

  constructor(
    dataDir: string,
    private readonly onNotice: (notice: StoreNotice) => void,
    private readonly now?: () => Date,
  ) {
    this.dir = join(dataDir, 'annotations')
  }

  forArticle(articleId: string): Promise<StoredDocument<AnnotationsDocument>> {
    let doc = this.open.get(articleId)
    if (!doc) {
      doc = this.load(articleId)
      this.open.set(articleId, doc)
      // A failed open (unreadable file) is not remembered: the next call tries again.
      doc.catch(() => this.open.delete(articleId))
    }
    return doc
  }

  /** Removes temp files a crashed writer left. Only at start-up, before any write of this process. */
  async removeStaleTempFiles(): Promise<void> {
    await removeStaleTempFiles(this.dir)
  }

  /** Opens every annotations file on disk (16 at a time); returns the documents by article id. */
  async openAll(): Promise<Map<string, StoredDocument<AnnotationsDocument>>> {
    let names: string[] = []
    try {
      names = (await fsp.readdir(this.dir)).filter((n) => n.endsWith('.json') && !n.startsWith('.'))
    } catch {
      return new Map()
    }
    const ids = await Promise.all(names.map((name) => this.articleIdOf(name)))
    const docs = new Map<string, StoredDocument<AnnotationsDocument>>()
    for (let at = 0; at < ids.length; at += OPEN_AT_ONCE) {
      const batch = ids.slice(at, at + OPEN_AT_ONCE)
      const opened = await Promise.all(batch.map((id) => this.forArticle(id)))
      batch.forEach((id, i) => docs.set(id, opened[i] as StoredDocument<AnnotationsDocument>))
    }
    return docs
  }

  /** Hashed stems do not say which article they belong to: the document itself does. */
  private async articleIdOf(name: string): Promise<string> {
    const stem = name.slice(0, -'.json'.length)
    if (!HASHED_STEM.test(stem)) return stem
    return articleIdIn(await fsp.readFile(join(this.dir, name), 'utf8').catch(() => '')) ?? stem
  }

  private async load(articleId: string): Promise<StoredDocument<AnnotationsDocument>> {
    await fsp.mkdir(this.dir, { recursive: true }).catch(() => {})
    const spec = annotationsSpec(articleId)
    const stem = annotationsFileStem(articleId)
    const storage = new NodeDocumentStorage<AnnotationsDocument>(this.dir, stem, this.now ? { now: this.now } : {})
    const opened = await openDocument(spec, storage, { backup: 'before-first-change' })
    opened.notices.forEach(this.onNotice)
    const setAside = opened.low.data.setAside ?? []
    if (setAside.length > 0) {
      this.onNotice({ kind: 'records-set-aside', document: `annotations/${stem}`, count: setAside.length, reason: setAside[0]?.reason ?? '' })
    }
    return new StoredDocument(opened.low, `annotations/${stem}`, opened.readOnly, this.onNotice, opened.backupBeforeFirstChange)
  }
}

/** Reads the article id a document records, without trusting the rest of it. */
function articleIdIn(text: string): string | null {
  try {
    const value = JSON.parse(text) as { articleId?: unknown }
    return typeof value.articleId === 'string' ? value.articleId : null
  } catch {
    return null
  }
}
