import { annotationsSpec, type AnnotationsDocument } from '../../core/store/annotations'
import type { StoreNotice } from '../../core/store/notices'
import type { StoredDocument } from '../../core/store/stored-document'
import { DocumentCollection, fileStemFor } from '../store/document-collection'
import type { DurableFs } from '../store/durable-fs'

/** Kept for the tests and callers that name the annotations file of an article. */
export const annotationsFileStem = fileStemFor

/** The per-article annotation documents under `<dataDir>/annotations/`. */
export class AnnotationsStore extends DocumentCollection<AnnotationsDocument> {
  constructor(dataDir: string, onNotice: (notice: StoreNotice) => void, now?: () => Date, fs?: DurableFs) {
    super(
      dataDir,
      {
        folder: 'annotations',
        specFor: annotationsSpec,
        idOf: (doc) => (typeof (doc as { articleId?: unknown })?.articleId === 'string' ? (doc as { articleId: string }).articleId : null),
        // A record that failed validation was set aside (kept verbatim): the user is told.
        inspect: (doc, name) => {
          const setAside = doc.setAside ?? []
          return setAside.length ? { kind: 'records-set-aside', document: name, count: setAside.length, reason: setAside[0]?.reason ?? '' } : null
        },
        ...(now ? { now } : {}),
        ...(fs ? { fs } : {}),
      },
      onNotice,
    )
  }

  forArticle(articleId: string): Promise<StoredDocument<AnnotationsDocument>> {
    return this.get(articleId)
  }
}
