import type { Article } from '../../core/corpus/types'
import { chromeRanges } from '../../core/entities/article-mentions'
import type { EntitySpan } from '../../core/story/timeline'
import type { Entity, Mention, Suggestion } from '../../core/entities/types'
import type { EntitiesDocument, MentionDecision } from '../../core/store/entities'
import type { StoredDocument, UpdateOutcome } from '../../core/store/stored-document'
import type { ArticleEntities, ArticleMention, EntityInput, MentionVerdict } from '../../shared/api'
import { dropControls } from '../../core/text/controls'
import { err, ok, type Result } from '../../shared/result'
import type { EntityFinder, Span } from './entity-finder'
import { ChangeFeed, tookEffect, type RecordChange } from '../store/changes'
import { saved } from '../store/saved'
import type { ArticleScan } from './scan-methods'
import { RecentMap } from '../store/recent-map'
import { registryKey, type SavedScan } from './saved-scans'

/** An article's registry mentions and money: ArticleEntities without the suggestions. */
export type LinkedMentions = Pick<ArticleEntities, 'mentions' | 'money'>

/** A scan linked to the registry at `version`, for the text of `hash`; `found` kept for the quick suggester. */
interface Scanned {
  hash: string
  version: number
  linked: LinkedMentions
  found: Mention[]
}

export interface EntitiesDeps {
  doc: StoredDocument<EntitiesDocument>
  finder: EntityFinder
  articles(): readonly Article[]
  article(id: string): Article | undefined
  now(): Date
  newId(): string
  /** Moves (or drops, when target is null) an entity's links held elsewhere: highlight tags, notes. */
  retarget(sourceId: string, target: Entity | null): Promise<void>
  /** Names proposed in an article by the library-wide discovery; undefined until its pass is ready. */
  discovered?(articleId: string): Suggestion[] | undefined
  /** The registry scan of a huge article, in a worker (see OFF_THREAD_CHARS). */
  scanOffThread?(text: string, skip: Span[], entities: Entity[], registryVersion: number): Promise<ArticleScan>
  /** Scans kept between runs (saved-scans.ts): an article scanned once for a registry is not scanned again. */
  savedScans?: { get(articleId: string): SavedScan | undefined; set(articleId: string, scan: SavedScan): void }
}

/**
 * Articles longer than this are scanned in a worker when the reader asks for their mentions: a
 * 4 MiB article takes about a second to scan, and the process would answer nothing else meanwhile.
 */
export const OFF_THREAD_CHARS = 256 * 1024

/**
 * Linked scans kept in memory: the articles being read and the ones a page or briefing just went
 * through. The rest come back from the saved scans (saved-scans.ts) when asked; a loop over a
 * library of 100,000 articles no longer keeps all of them.
 */
export const SCANS_KEPT = 5_000

/** Money amounts match a money entity when their values agree within half a percent ("$14.3 billion" ≈ 14,300,000,000). */
const sameAmount = (a: number, b: number): boolean => Math.abs(a - b) <= Math.max(a, b) * 0.005

const namesOf = (input: Pick<EntityInput, 'nameAr' | 'nameLatin' | 'aliases'>): string[] =>
  [input.nameAr, input.nameLatin, ...input.aliases].map((n) => n.trim()).filter((n) => n.length > 0)

/** What finding mentions reads of an entity: its names, type and amount. A description is not among them. */
const findingKey = (e: Entity): string => JSON.stringify([e.type, e.nameAr, e.nameLatin, e.aliases, e.money ?? null])

/**
 * The entity registry: CRUD with name rules, merge and delete that never lose a link, the user's
 * verdicts on mentions, and the mentions of each article (computed from the text and cached per
 * text version and registry version, never stored).
 */
export class EntitiesService {
  private version = 0
  private index: ReturnType<EntityFinder['index']> | null = null
  /** Recent articles' scans, linked to the registry, per text and registry version (suggestions are made when asked). */
  private readonly cache = new RecentMap<string, Scanned>(SCANS_KEPT)
  private readonly changes = new ChangeFeed('entity')
  private readonly scans = new Map<string, { version: number; scan: Promise<ArticleScan> }>()
  private key: { version: number; value: string } | null = null

  constructor(private readonly deps: EntitiesDeps) {}

  /** Every change to the registry's entities from now on (search and discovery listen). Returns the unsubscribe. */
  onChange(listener: (change: RecordChange<'entity'>) => void): () => void {
    return this.changes.onChange(listener)
  }

  get entities(): readonly Entity[] {
    return this.deps.doc.data.entities
  }

  list(): Result<Entity[]> {
    return ok(structuredClone([...this.entities]))
  }

  /**
   * After a registry write: listeners hear what changed, and mentions are found again with the new
   * registry unless the change left every name, type and amount as it was (a description edit).
   */
  private changed(outcome: UpdateOutcome, change: { upserted?: string[]; removed?: string[] }, findsOtherMentions = true): void {
    if (!tookEffect(outcome)) return
    if (findsOtherMentions) {
      this.version++
      this.index = null
    }
    this.changes.emit(change)
  }

  private check(input: EntityInput, ownId: string | null): Result<null> {
    const names = namesOf(input)
    if (names.length === 0) return err('invalid-request', 'An entity needs at least one name (Arabic, Latin or an alias).')
    const others = this.entities.filter((e) => e.id !== ownId)
    for (const name of names) {
      const verdict = this.deps.finder.checkName(name, ownId, others)
      if (!verdict.ok)
        return err(
          'invalid-request',
          verdict.message,
          verdict.conflictEntityId ? { conflictEntityId: verdict.conflictEntityId, name } : { name },
        )
    }
    if (input.type === 'money' && !input.money) return err('invalid-request', 'A money entity needs its amount and currency.')
    return ok(null)
  }

  /** Names lose control characters (they are printed by the CLI and written into briefings). */
  private clean(input: EntityInput): EntityInput {
    const nameAr = dropControls(input.nameAr).trim()
    const nameLatin = dropControls(input.nameLatin).trim()
    const aliases = [...new Set(input.aliases.map((a) => dropControls(a).trim()).filter((a) => a && a !== nameAr && a !== nameLatin))]
    const descriptionAr = input.descriptionAr?.trim()
    return {
      ...input,
      nameAr,
      nameLatin,
      aliases,
      description: input.description.trim(),
      ...(descriptionAr !== undefined ? { descriptionAr } : {}),
    }
  }

  async create(raw: EntityInput): Promise<Result<Entity>> {
    const input = this.clean(raw)
    const checked = this.check(input, null)
    if (!checked.ok) return checked
    const at = this.deps.now().toISOString()
    const entity: Entity = { id: this.deps.newId(), ...input, createdAt: at, updatedAt: at }
    const outcome = await this.deps.doc.update((d) => void d.entities.push(entity))
    this.changed(outcome, { upserted: [entity.id] })
    return saved(outcome, structuredClone(entity))
  }

  async update(id: string, raw: EntityInput): Promise<Result<Entity>> {
    const existing = this.entities.find((e) => e.id === id)
    if (!existing) return err('not-found', `No entity with id "${id}".`)
    const input = this.clean(raw)
    const checked = this.check(input, id)
    if (!checked.ok) return checked
    const updated: Entity = { ...existing, ...input, updatedAt: this.deps.now().toISOString() }
    if (!input.money) delete updated.money
    const outcome = await this.deps.doc.update((d) => {
      d.entities = d.entities.map((e) => (e.id === id ? updated : e))
    })
    this.changed(outcome, { upserted: [id] }, findingKey(updated) !== findingKey(existing))
    return saved(outcome, structuredClone(updated))
  }

  /**
   * Merges `sourceId` into `targetId`: the target gains the source's names as aliases, and every
   * link to the source (note mentions and attachments, highlight tags, verdicts) moves to the target.
   * Links move first, the registry changes last, so a failure midway loses nothing.
   */
  async merge(sourceId: string, targetId: string): Promise<Result<Entity>> {
    const source = this.entities.find((e) => e.id === sourceId)
    const target = this.entities.find((e) => e.id === targetId)
    if (!source || !target) return err('not-found', `No entity with id "${source ? targetId : sourceId}".`)
    const own = new Set(namesOf(target))
    const aliases = [...target.aliases, ...namesOf(source).filter((n) => !own.has(n))]
    const description = [target.description, source.description].filter(Boolean).join('\n\n')
    const descriptionAr = [target.descriptionAr, source.descriptionAr].filter(Boolean).join('\n\n')
    const merged: Entity = {
      ...target,
      aliases: [...new Set(aliases)],
      description,
      ...(descriptionAr ? { descriptionAr } : {}),
      updatedAt: this.deps.now().toISOString(),
    }
    await this.deps.retarget(sourceId, merged)
    const outcome = await this.deps.doc.update((d) => {
      d.entities = d.entities.filter((e) => e.id !== sourceId).map((e) => (e.id === targetId ? merged : e))
      d.decisions = d.decisions.map((v) => (v.entityId === sourceId ? { ...v, entityId: targetId } : v))
    })
    this.changed(outcome, { upserted: [targetId], removed: [sourceId] })
    return saved(outcome, structuredClone(merged))
  }

  /** Deletes an entity: notes keep their text (mentions become plain labels), tags and verdicts go. */
  async remove(id: string): Promise<Result<null>> {
    if (!this.entities.some((e) => e.id === id)) return err('not-found', `No entity with id "${id}".`)
    await this.deps.retarget(id, null)
    const outcome = await this.deps.doc.update((d) => {
      d.entities = d.entities.filter((e) => e.id !== id)
      d.decisions = d.decisions.filter((v) => v.entityId !== id)
    })
    this.changed(outcome, { removed: [id] })
    return saved(outcome, null)
  }

  async decide(verdict: MentionVerdict): Promise<Result<null>> {
    const article = this.deps.article(verdict.articleId)
    if (!article) return err('not-found', `No article with id "${verdict.articleId}".`)
    if (verdict.end > article.text.length) return err('invalid-request', 'The mention ends past the article text.')
    if (!this.entities.some((e) => e.id === verdict.entityId)) return err('not-found', `No entity with id "${verdict.entityId}".`)
    const same = (v: MentionDecision): boolean =>
      v.articleId === verdict.articleId && v.start === verdict.start && v.end === verdict.end && v.entityId === verdict.entityId
    const outcome = await this.deps.doc.update((d) => {
      d.decisions = d.decisions.filter((v) => !same(v))
      if (verdict.decision !== 'clear') {
        const { decision } = verdict
        d.decisions.push({
          id: this.deps.newId(),
          ...verdict,
          decision,
          contentHash: article.contentHash,
          at: this.deps.now().toISOString(),
        })
      }
    })
    this.cache.delete(verdict.articleId)
    return saved(outcome, null)
  }

  /** The registry's mentions in an article (with the user's verdicts), its amounts of money, and suggestions. */
  forArticle(articleId: string): Result<ArticleEntities> {
    const article = this.deps.article(articleId)
    if (!article) return err('not-found', `No article with id "${articleId}".`)
    return ok(this.mentionsOf(article))
  }

  /**
   * The same as forArticle, with the scan of a huge article done in a worker (the reader's path).
   * Two readers asking at once share one scan.
   */
  async forArticleOffThread(articleId: string): Promise<Result<ArticleEntities>> {
    const article = this.deps.article(articleId)
    if (!article) return err('not-found', `No article with id "${articleId}".`)
    const scan = this.deps.scanOffThread
    if (!scan || article.text.length <= OFF_THREAD_CHARS || this.fresh(article) || this.savedScanOf(article)) return ok(this.mentionsOf(article))
    const version = this.version
    const skip = chromeRanges(article)
    const pending = this.scans.get(article.id)
    const scanned = pending?.version === version ? pending.scan : scan(article.text, skip, [...this.entities], version)
    this.scans.set(article.id, { version, scan: scanned })
    try {
      const entry = this.link(article, await scanned, version)
      // The registry may have changed while the worker scanned: keep the answer only if it did not.
      if (version === this.version) {
        this.cache.set(article.id, entry)
        this.deps.savedScans?.set(article.id, { hash: article.contentHash, registry: this.registryKey(), scan: await scanned })
      }
      return ok(this.withSuggestions(article, entry))
    } finally {
      if (this.scans.get(article.id)?.scan === scanned) this.scans.delete(article.id)
    }
  }

  /** The article's linked scan in memory, if it was made from this text and this registry. */
  private fresh(article: Article): Scanned | undefined {
    const cached = this.cache.get(article.id)
    return cached && cached.hash === article.contentHash && cached.version === this.version ? cached : undefined
  }

  /** An article's mentions (with the user's verdicts), its amounts of money, and the names proposed in it. */
  mentionsOf(article: Article): ArticleEntities {
    return this.withSuggestions(article, this.scanned(article))
  }

  /**
   * An article's registry mentions (with the user's verdicts) and its money, without suggestions:
   * what the entity page, briefing, timeline, relations and figures read. From the saved scan when
   * there is one, so the article's text is not read.
   */
  linkedIn(article: Article): LinkedMentions {
    return this.scanned(article).linked
  }

  private scanned(article: Article): Scanned {
    const cached = this.fresh(article)
    if (cached) return cached
    let scan = this.savedScanOf(article)
    if (!scan) {
      const skip = chromeRanges(article)
      this.index ??= this.deps.finder.index(this.entities)
      scan = { found: this.index.find(article.text, skip), money: this.deps.finder.money(article.text) }
      this.deps.savedScans?.set(article.id, { hash: article.contentHash, registry: this.registryKey(), scan })
    }
    const entry = this.link(article, scan, this.version)
    this.cache.set(article.id, entry)
    return entry
  }

  /** The saved scan of an article, if it was made from this text and this registry. */
  private savedScanOf(article: Article): ArticleScan | undefined {
    const saved = this.deps.savedScans?.get(article.id)
    return saved && saved.hash === article.contentHash && saved.registry === this.registryKey() ? saved.scan : undefined
  }

  private registryKey(): string {
    if (this.key?.version !== this.version) this.key = { version: this.version, value: registryKey(this.entities) }
    return this.key.value
  }

  /** One scan of an article's text linked to the registry: the user's verdicts applied, money linked to its entities. */
  private link(article: Article, { found, money: amounts }: ArticleScan, version: number): Scanned {
    const verdicts = this.deps.doc.data.decisions.filter((v) => v.articleId === article.id && v.contentHash === article.contentHash)
    const verdictOf = (m: Mention): MentionDecision | undefined =>
      verdicts.find((v) => v.start === m.start && v.end === m.end && v.entityId === m.entityId)
    // A span the user linked by hand wins over whatever the finder matched across it.
    const linked = verdicts.filter((v) => v.decision === 'linked')
    const mentions: ArticleMention[] = found
      .filter((m) => !linked.some((v) => v.start < m.end && v.end > m.start))
      .map((m) => {
        const verdict = verdictOf(m)
        return verdict ? { ...m, decision: verdict.decision } : m
      })
    for (const v of linked) mentions.push({ start: v.start, end: v.end, entityId: v.entityId, decision: 'linked' })
    mentions.sort((a, b) => a.start - b.start)
    const moneyEntities = this.entities.filter((e) => e.type === 'money' && e.money)
    const money = amounts.map((m) => {
      const entity = moneyEntities.find((e) => e.money && e.money.currency === m.currency && sameAmount(e.money.value, m.value))
      return entity ? { ...m, entityId: entity.id } : m
    })
    return { hash: article.contentHash, version, linked: { mentions, money }, found }
  }

  /**
   * Discovery's proposals once its library pass is ready; until then the quick suggester's (not on
   * a huge article: the library pass will come, and the quick one would hold up the process too).
   */
  private withSuggestions(article: Article, { linked, found }: Scanned): ArticleEntities {
    const quick = (): Suggestion[] =>
      article.text.length > OFF_THREAD_CHARS ? [] : this.deps.finder.suggestions(article.text, found, chromeRanges(article))
    return { ...linked, suggestions: this.deps.discovered?.(article.id) ?? quick() }
  }

  /**
   * Every accepted mention in one article: registry names (the user's rejections left out) and
   * linked money; only `entityId`'s when given (the entity page asks this of every article).
   */
  acceptedIn(article: Article, entityId?: string): EntitySpan[] {
    const { mentions, money } = this.linkedIn(article)
    const wanted = (id: string | undefined): id is string => id !== undefined && (entityId === undefined || id === entityId)
    const spans: EntitySpan[] = []
    for (const m of mentions) if (m.decision !== 'rejected' && wanted(m.entityId)) spans.push({ entityId: m.entityId, start: m.start, end: m.end })
    for (const m of money) if (wanted(m.entityId)) spans.push({ entityId: m.entityId, start: m.start, end: m.end })
    return spans
  }

  /** Every accepted mention of one entity in one article, in reading order. */
  accepted(article: Article, entityId: string): { start: number; end: number }[] {
    return this.acceptedIn(article, entityId).sort((a, b) => a.start - b.start)
  }
}
