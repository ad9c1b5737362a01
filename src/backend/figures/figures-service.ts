import type { Article } from '../../core/corpus/types'
import type { FiguresDocument } from '../../core/store/figures'
import type { StoredDocument } from '../../core/store/stored-document'
import { groupClaims, refsOf } from '../../core/story/figures/claims'
import { figuresIn, type EntitySpan } from '../../core/story/figures/extract'
import { refOf } from '../../core/story/figures/figure-ref'
import type { Figure, FigureClaim, FigureDecision } from '../../core/story/figures/types'
import type { FigureDecisionInput, FiguresQuery } from '../../shared/api'
import { err, ok, type Result } from '../../shared/result'
import type { EntitiesService } from '../entities/entities-service'
import { saved } from '../store/saved'

export interface FiguresDeps {
  doc: StoredDocument<FiguresDocument>
  entities: Pick<EntitiesService, 'entities' | 'linkedIn'>
  articles(): readonly Article[]
  now(): Date
  newId(): string
}

/**
 * The figures view's backend: extracts the figures of the articles asked about (with the accepted
 * mentions of the registry, money entities left out: an amount is not what an amount is about),
 * groups them into claims with the user's decisions applied, and keeps those decisions.
 */
export class FiguresService {
  constructor(private readonly deps: FiguresDeps) {}

  get decisions(): readonly FigureDecision[] {
    return this.deps.doc.data.decisions
  }

  /**
   * An article's figures, computed once per scan of its mentions: the entities service keeps one
   * scan per text and registry version (and makes a new one after a verdict), so a new scan object
   * is exactly when the figures' entities may have changed.
   */
  private readonly cache = new WeakMap<object, Figure[]>()

  private figuresOf(article: Article): Figure[] {
    const scan = this.deps.entities.linkedIn(article)
    const known = this.cache.get(scan)
    if (known) return known
    // Accepted mentions of registry names; amounts are figures, not what figures are about.
    const money = new Set(this.deps.entities.entities.filter((e) => e.type === 'money').map((e) => e.id))
    const mentions: EntitySpan[] = scan.mentions.filter((m) => m.decision !== 'rejected' && !money.has(m.entityId)).map((m) => ({ entityId: m.entityId, start: m.start, end: m.end }))
    const figures = figuresIn(article, mentions)
    this.cache.set(scan, figures)
    return figures
  }

  figures(articleIds?: readonly string[]): Figure[] {
    const only = articleIds ? new Set(articleIds) : null
    return this.deps.articles().flatMap((a) => (only && !only.has(a.id) ? [] : this.figuresOf(a)))
  }

  /** The claims of some articles (all by default), about an entity when one is given. */
  claims(query: FiguresQuery = {}): Result<{ claims: FigureClaim[]; figures: Figure[] }> {
    const known = new Set(this.deps.articles().map((a) => a.id))
    const unknownArticle = query.articleIds?.find((id) => !known.has(id))
    if (unknownArticle !== undefined) return err('not-found', `No article with id "${unknownArticle}".`)
    if (query.entityId !== undefined && !this.deps.entities.entities.some((e) => e.id === query.entityId)) return err('not-found', `No entity with id "${query.entityId}".`)
    const figures = this.figures(query.articleIds)
    const claims = groupClaims(figures, this.decisions)
    return ok({ claims: query.entityId ? claims.filter((c) => c.entityIds.includes(query.entityId as string)) : claims, figures })
  }

  /**
   * Keeps a decision about a claim the library shows now. A claim key nobody shows, or a split
   * naming a figure that is not one of the claim's sources, is refused: nothing is written.
   */
  async decide(input: FigureDecisionInput): Promise<Result<FigureDecision>> {
    const listed = this.claims()
    if (!listed.ok) return listed
    const claim = listed.value.claims.find((c) => c.key === input.claimKey)
    if (!claim) return err('not-found', `No figure claim with key "${input.claimKey}" (the figures may have changed: list them again).`)
    let sources = refsOf(claim)
    if (input.kind === 'split') {
      const { source } = input
      const figure = source ? listed.value.figures.find((f) => f.articleId === source.articleId && f.start === source.start && f.end === source.end) : undefined
      // Any mention of one of the claim's values in one of its sources (the view shows each source's first).
      const inClaim =
        figure &&
        figure.kind === claim.kind &&
        figure.unit === claim.unit &&
        figure.topic === claim.topic &&
        claim.values.some((v) => v.value === Number(figure.value.toPrecision(12)) && v.sources.some((s) => s.articleId === figure.articleId))
      if (!figure || !inClaim) return err('not-found', `The claim "${input.claimKey}" has no source at ${source?.articleId ?? '?'} ${source?.start ?? '?'}–${source?.end ?? '?'}.`)
      if (claim.sourceCount < 2) return err('invalid-request', 'A claim with one source has nothing to split from.', { reason: 'single-source' })
      sources = [refOf(figure)]
    }
    const decision: FigureDecision = { id: this.deps.newId(), kind: input.kind, claimKey: input.claimKey, sources, decidedAt: this.deps.now().toISOString() }
    const outcome = await this.deps.doc.update((doc) => {
      // A newer confirm or dismiss of the same claim replaces the older one; splits add up.
      if (input.kind !== 'split') doc.decisions = doc.decisions.filter((d) => d.kind === 'split' || d.claimKey !== input.claimKey)
      doc.decisions.push(decision)
    })
    return saved(outcome, decision)
  }

  async undo(id: string): Promise<Result<null>> {
    if (!this.decisions.some((d) => d.id === id)) return err('not-found', `No figure decision with id "${id}".`)
    const outcome = await this.deps.doc.update((doc) => {
      doc.decisions = doc.decisions.filter((d) => d.id !== id)
    })
    return saved(outcome, null)
  }
}
