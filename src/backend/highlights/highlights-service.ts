import { describe } from '../../core/anchoring/describe'
import type { Article } from '../../core/corpus/types'
import type { AnchoredHighlight, ReanchorReport } from '../../core/highlights/anchored'
import { reconcile } from '../../core/highlights/reconcile'
import { visibleStretches } from '../../core/highlights/visible-stretches'
import type { AnnotationsDocument, Highlight } from '../../core/store/annotations'
import type { StoredDocument } from '../../core/store/stored-document'
import type { HighlightPatch, HighlightWithArticle, NewHighlight } from '../../shared/api'
import { err, ok, type Result } from '../../shared/result'
import type { AnnotationsStore } from './annotations-store'
import { saved } from '../store/saved'

export interface HighlightsDeps {
  annotations: AnnotationsStore
  article(id: string): Article | undefined
  now(): Date
  newId(): string
}

const byPosition = (a: Highlight, b: Highlight): number => a.target.position.start - b.target.position.start || a.target.position.end - b.target.position.end

/**
 * Highlights over the annotations store: created from offsets on the current text (the backend
 * describes them, so the quote is always exactly what the text holds), placed on every read,
 * re-anchored and rewritten when the article changed, and never dropped: a highlight that cannot
 * be placed, or whose article left the library, is returned as an orphan.
 */
export class HighlightsService {
  /** Which article each highlight id belongs to; built from every annotations file on first use. */
  private index: Promise<Map<string, string>> | null = null

  constructor(private readonly deps: HighlightsDeps) {}

  private ids(): Promise<Map<string, string>> {
    this.index ??= this.deps.annotations.openAll().then((docs) => {
      const map = new Map<string, string>()
      for (const [articleId, doc] of docs) for (const h of doc.data.highlights) map.set(h.id, articleId)
      return map
    })
    return this.index
  }

  /** An article's highlights in reading order, placed on its current text. */
  async list(articleId: string): Promise<Result<{ highlights: AnchoredHighlight[]; report: ReanchorReport | null }>> {
    const doc = await this.deps.annotations.forArticle(articleId)
    const placed = await this.place(articleId, doc)
    return ok(placed)
  }

  /** Every highlight of every article (orphans included), with the article's title. */
  async listAll(): Promise<Result<HighlightWithArticle[]>> {
    const docs = await this.deps.annotations.openAll()
    const all: HighlightWithArticle[] = []
    for (const [articleId, doc] of docs) {
      const { highlights } = await this.place(articleId, doc)
      const title = this.deps.article(articleId)?.meta.title ?? null
      for (const h of highlights) all.push({ ...h, articleTitle: title })
    }
    return ok(all)
  }

  async create(input: NewHighlight): Promise<Result<AnchoredHighlight[]>> {
    const article = this.deps.article(input.articleId)
    if (!article) return err('not-found', `No article with id "${input.articleId}".`)
    if (input.end > article.text.length) return err('invalid-request', `The selection ends at ${input.end}, past the article's ${article.text.length} characters.`)
    const stretches = visibleStretches(article.text, article.blocks, input.start, input.end)
    if (stretches.length === 0) return err('invalid-request', 'The selection holds no visible text.')
    const at = this.deps.now().toISOString()
    const created: Highlight[] = stretches.map((s) => ({
      id: this.deps.newId(),
      articleId: article.id,
      contentHash: article.contentHash,
      target: describe(article.text, s.start, s.end),
      color: input.color,
      comment: input.comment ?? '',
      entityIds: [],
      createdAt: at,
      updatedAt: at,
    }))
    const doc = await this.deps.annotations.forArticle(article.id)
    const outcome = await doc.update((d) => {
      d.highlights.push(...created)
      d.highlights.sort(byPosition)
    })
    if (outcome.saved) {
      const ids = await this.ids()
      for (const h of created) ids.set(h.id, article.id)
    }
    return saved(
      outcome,
      created.map((h) => ({ ...h, anchor: { start: h.target.position.start, end: h.target.position.end } })),
    )
  }

  async update(id: string, patch: HighlightPatch): Promise<Result<Highlight>> {
    return this.change(id, (h) => {
      if (patch.color !== undefined) h.color = patch.color
      if (patch.comment !== undefined) h.comment = patch.comment
      h.updatedAt = this.deps.now().toISOString()
    })
  }

  /** Sets the entities a highlight is tagged with. */
  async tag(id: string, entityIds: string[]): Promise<Result<Highlight>> {
    return this.change(id, (h) => {
      h.entityIds = [...new Set(entityIds)]
      h.updatedAt = this.deps.now().toISOString()
    })
  }

  /** Moves every tag of `sourceId` to `targetId` (merge), or removes it (`targetId` null: deleted). */
  async retagEntity(sourceId: string, targetId: string | null): Promise<void> {
    for (const [, doc] of await this.deps.annotations.openAll()) {
      if (!doc.data.highlights.some((h) => h.entityIds.includes(sourceId))) continue
      await doc.update((d) => {
        for (const h of d.highlights) {
          if (!h.entityIds.includes(sourceId)) continue
          const tags = h.entityIds.filter((e) => e !== sourceId)
          h.entityIds = targetId && !tags.includes(targetId) ? [...tags, targetId] : tags
        }
      })
    }
  }

  /** Removes a highlight and returns it whole, so an undo can put it back exactly. */
  async remove(id: string): Promise<Result<Highlight>> {
    const found = await this.find(id)
    if (!found) return err('not-found', `No highlight with id "${id}".`)
    const record = structuredClone(found.record)
    const outcome = await found.doc.update((d) => {
      d.highlights = d.highlights.filter((h) => h.id !== id)
    })
    if (outcome.saved) (await this.ids()).delete(id)
    return saved(outcome, record)
  }

  /** Puts back a removed highlight (undo). */
  async restore(record: Highlight): Promise<Result<Highlight>> {
    const ids = await this.ids()
    if (ids.has(record.id)) return err('invalid-request', `A highlight with id "${record.id}" already exists.`)
    const doc = await this.deps.annotations.forArticle(record.articleId)
    const outcome = await doc.update((d) => {
      d.highlights.push(structuredClone(record))
      d.highlights.sort(byPosition)
    })
    if (outcome.saved) ids.set(record.id, record.articleId)
    return saved(outcome, record)
  }

  /** Attaches an orphan (or moves any highlight) to a range the user selected by hand. */
  async reattach(id: string, start: number, end: number): Promise<Result<Highlight>> {
    const found = await this.find(id)
    if (!found) return err('not-found', `No highlight with id "${id}".`)
    const article = this.deps.article(found.record.articleId)
    if (!article) return err('not-found', `The article of this highlight is no longer in the library.`)
    const stretches = end <= article.text.length ? visibleStretches(article.text, article.blocks, start, end) : []
    const [stretch] = stretches
    if (!stretch || stretches.length > 1) return err('invalid-request', 'Select one passage of visible text to attach the highlight to.')
    return this.change(id, (h) => {
      h.target = describe(article.text, stretch.start, stretch.end)
      h.contentHash = article.contentHash
      delete h.orphanedOn
      h.updatedAt = this.deps.now().toISOString()
    })
  }

  private async find(id: string): Promise<{ doc: StoredDocument<AnnotationsDocument>; record: Highlight } | null> {
    const articleId = (await this.ids()).get(id)
    if (articleId === undefined) return null
    const doc = await this.deps.annotations.forArticle(articleId)
    const record = doc.data.highlights.find((h) => h.id === id)
    return record ? { doc, record } : null
  }

  private async change(id: string, edit: (h: Highlight) => void): Promise<Result<Highlight>> {
    const found = await this.find(id)
    if (!found) return err('not-found', `No highlight with id "${id}".`)
    const outcome = await found.doc.update((d) => {
      const target = d.highlights.find((h) => h.id === id)
      if (target) edit(target)
      d.highlights.sort(byPosition)
    })
    return saved(outcome, structuredClone(found.doc.data.highlights.find((h) => h.id === id) as Highlight))
  }

  /** Places a document's highlights and writes back the ones re-anchored on a changed text. */
  private async place(articleId: string, doc: StoredDocument<AnnotationsDocument>): Promise<{ highlights: AnchoredHighlight[]; report: ReanchorReport | null }> {
    const article = this.deps.article(articleId)
    if (!article) {
      return { highlights: doc.data.highlights.map((h) => ({ ...h, anchor: null, orphanReason: 'article-missing' as const })), report: null }
    }
    const result = reconcile(article, doc.data.highlights, () => this.deps.now())
    if (result.changed.length > 0 && !doc.readOnly) {
      const changed = new Map(result.changed.map((h) => [h.id, h]))
      await doc.update((d) => {
        d.highlights = d.highlights.map((h) => changed.get(h.id) ?? h).sort(byPosition)
      })
    }
    return { highlights: result.highlights, report: result.report }
  }
}
