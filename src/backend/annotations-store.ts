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
    }
    return doc
  }

  /** Opens every annotations file on disk; returns the documents by article id. */
  async openAll(): Promise<Map<string, StoredDocument<AnnotationsDocument>>> {
    await removeStaleTempFiles(this.dir)
    let names: string[] = []
    try {
      names = await fsp.readdir(this.dir)
    } catch {
      return new Map()
    }
    const docs = new Map<string, StoredDocument<AnnotationsDocument>>()
    for (const name of names.filter((n) => n.endsWith('.json') && !n.startsWith('.'))) {
      const stem = name.slice(0, -'.json'.length)
      // Hashed stems do not say which article they belong to: the document itself does.
      const articleId = HASHED_STEM.test(stem) ? (articleIdIn(await fsp.readFile(join(this.dir, name), 'utf8').catch(() => '')) ?? stem) : stem
      docs.set(articleId, await this.forArticle(articleId))
    }
    return docs
  }

  private async load(articleId: string): Promise<StoredDocument<AnnotationsDocument>> {
    await fsp.mkdir(this.dir, { recursive: true }).catch(() => {})
    const spec = annotationsSpec(articleId)
    const storage = new NodeDocumentStorage<AnnotationsDocument>(this.dir, annotationsFileStem(articleId), this.now ? { now: this.now } : {})
    const opened = await openDocument(spec, storage)
    opened.notices.forEach(this.onNotice)
    return new StoredDocument(opened.low, `annotations/${annotationsFileStem(articleId)}`, opened.readOnly, this.onNotice)
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
