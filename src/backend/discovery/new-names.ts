import type { Article } from '../../core/corpus/types'
import { chromeRanges } from '../../core/entities/article-mentions'
import type { DiscoveredName } from '../../core/entities/discovery/types'
import { namesOf } from '../../core/entities/compile-names'
import { nameKey } from '../../core/entities/name-form'
import type { Entity, EntityType, Suggestion } from '../../core/entities/types'
import type { EntitiesDocument } from '../../core/store/entities'
import type { StoredDocument } from '../../core/store/stored-document'
import type { NewName, NewNameChoice, NewNamesInbox } from '../../shared/api'
import { err, ok, type Result } from '../../shared/result'
import { concordanceLine } from '../entities/concordance-line'
import type { EntitiesService } from '../entities/entities-service'
import { bodiesOf } from '../library/lazy-text'
import { saved } from '../store/saved'

/** Runs discovery over the library (in a worker in the app, inline in tests and the CLI). */
export type DiscoverLibrary = (input: {
  texts: { text: string; skip: { start: number; end: number }[] }[]
  registry: readonly Entity[]
  ignored: readonly string[]
}) => Promise<DiscoveredName[]>

export interface NewNamesDeps {
  entities: EntitiesService
  doc: StoredDocument<EntitiesDocument>
  articles(): readonly Article[]
  article(id: string): Article | undefined
  discover: DiscoverLibrary
}

const EXAMPLES = 3
const CONTEXT_WORDS = 8

/** Where a proposed name occurs in one article. */
type Occurrence = { name: DiscoveredName; start: number; end: number }

type Pass =
  | {
      status: 'ready'
      names: DiscoveredName[]
      articleIds: string[]
      /** Each article's occurrences, gathered when first asked (the reader asks article by article). */
      byArticle?: Map<string, Occurrence[]>
    }
  | { status: 'running' }
  | { status: 'unavailable'; reason: string }

function occurrencesByArticle(names: readonly DiscoveredName[], articleIds: readonly string[]): Map<string, Occurrence[]> {
  const byArticle = new Map(articleIds.map((id): [string, Occurrence[]] => [id, []]))
  for (const name of names) for (const o of name.occurrences) byArticle.get(articleIds[o.text] as string)?.push({ name, start: o.start, end: o.end })
  for (const list of byArticle.values()) list.sort((a, b) => a.start - b.start)
  return byArticle
}

/**
 * The "new names" inbox: names discovery proposes across the whole library, ranked, each with where
 * it occurs. A pass runs in the background at start and after the library or the registry changes
 * (one at a time; a change during a pass asks for another). Accepting creates entities, merging adds
 * the spelling as an alias, ignoring remembers the name in the registry document: each answers at
 * once by taking the name out of the last pass, without waiting for the next.
 */
export class NewNamesService {
  private pass: Pass = { status: 'running' }
  private running: Promise<void> | null = null
  private again = false

  constructor(private readonly deps: NewNamesDeps) {}

  /** Starts a pass, or asks for one more after the running one. Resolves when the library is read. */
  refresh(): Promise<void> {
    if (this.running) {
      this.again = true
      return this.running
    }
    this.running = this.run().finally(() => {
      this.running = null
      if (this.again) {
        this.again = false
        void this.refresh()
      }
    })
    return this.running
  }

  /** Resolves once no pass is running (tests, and the CLI). */
  async settled(): Promise<void> {
    while (this.running) await this.running
  }

  private async run(): Promise<void> {
    const articles = this.deps.articles()
    try {
      // Read without blocking the thread and not kept: 100,000 texts read one by one through
      // `article.text` would hold the main process for seconds and push out what the reader uses.
      const bodies = await bodiesOf(articles)
      const names = await this.deps.discover({
        texts: bodies.map((b) => ({ text: b.text, skip: chromeRanges(b) })),
        registry: this.deps.entities.entities,
        ignored: this.ignored(),
      })
      const decided = this.decidedNames()
      this.pass = { status: 'ready', names: names.filter((n) => !decided.has(nameKey(n.name))), articleIds: articles.map((a) => a.id) }
    } catch (error) {
      this.pass = { status: 'unavailable', reason: error instanceof Error ? error.message : String(error) }
    }
  }

  /**
   * Names the registry has or the user ignored, now: a name accepted, merged or ignored while a pass
   * was reading the library (it read the registry as it was before) is not proposed again by it.
   */
  private decidedNames(): Set<string> {
    return new Set([...this.ignored(), ...this.deps.entities.entities.flatMap(namesOf).map(nameKey)])
  }

  private ignored(): string[] {
    return this.deps.doc.data.ignoredNames ?? []
  }

  /** The reader's suggestions in one article: every occurrence of every proposed name there. */
  suggestionsIn(articleId: string): Suggestion[] | undefined {
    if (this.pass.status !== 'ready') return undefined
    this.pass.byArticle ??= occurrencesByArticle(this.pass.names, this.pass.articleIds)
    const found = this.pass.byArticle.get(articleId)
    if (!found) return undefined
    const text = found.length > 0 ? (this.deps.article(articleId)?.text ?? '') : ''
    return found.map(
      ({ name, start, end }): Suggestion => ({
        start,
        end,
        text: text.slice(start, end),
        reason: name.signals[0] ?? 'unknown-word',
        signals: name.signals,
        name: name.name,
        type: name.type,
      }),
    )
  }

  /** The ranked inbox, for the whole library or one article. */
  inbox(scope: { articleId?: string; limit?: number }): Result<NewNamesInbox> {
    if (this.pass.status === 'running') return ok({ status: 'running', names: [], total: 0 })
    if (this.pass.status === 'unavailable') return ok({ status: 'unavailable', reason: this.pass.reason, names: [], total: 0 })
    const { names, articleIds } = this.pass
    const articles = this.deps.articles()
    const byId = new Map(articles.map((a) => [a.id, a]))
    const only = scope.articleId === undefined ? -1 : articleIds.indexOf(scope.articleId)
    if (scope.articleId !== undefined && only < 0) return err('not-found', `No article with id "${scope.articleId}".`)
    const inScope = names.filter((n) => only < 0 || n.occurrences.some((o) => o.text === only))
    const view = inScope.slice(0, scope.limit ?? 200).map((n) => toView(n, articleIds, byId, only))
    return ok({ status: 'ready', names: view, total: inScope.length })
  }

  /** Creates an entity for each chosen name (its aliases: the other spellings and the Latin gloss). */
  async accept(choices: readonly NewNameChoice[]): Promise<Result<Entity[]>> {
    const created: Entity[] = []
    for (const c of choices) {
      const latin = /[a-z]/i.test(c.name)
      const gloss = latin ? '' : (c.aliases.find((a) => /[a-z]/i.test(a)) ?? '')
      const result = await this.deps.entities.create({
        type: c.type,
        nameAr: latin ? '' : c.name,
        nameLatin: latin ? c.name : gloss,
        aliases: c.aliases.filter((a) => a !== gloss && a !== c.name),
        description: '',
      })
      if (!result.ok)
        return result.error.details
          ? err(result.error.code, `${c.name}: ${result.error.message}`, result.error.details)
          : err(result.error.code, `${c.name}: ${result.error.message}`)
      created.push(result.value)
      this.drop(nameKey(c.name))
    }
    return ok(created)
  }

  /** Adds a proposed name (and its spellings) to an existing entity as aliases: the next article finds it. */
  async merge(choice: NewNameChoice, entityId: string): Promise<Result<Entity>> {
    const entity = this.deps.entities.entities.find((e) => e.id === entityId)
    if (!entity) return err('not-found', `No entity with id "${entityId}".`)
    const own = new Set([entity.nameAr, entity.nameLatin, ...entity.aliases])
    const aliases = [...entity.aliases, ...[choice.name, ...choice.aliases].filter((a) => !own.has(a))]
    const { id: _id, createdAt: _c, updatedAt: _u, ...input } = entity
    const result = await this.deps.entities.update(entityId, { ...input, aliases })
    if (result.ok) this.drop(nameKey(choice.name))
    return result
  }

  /** Never proposes these names again (kept in the registry document). */
  async ignore(names: readonly string[]): Promise<Result<null>> {
    const keys = names.map(nameKey).filter(Boolean)
    const outcome = await this.deps.doc.update((d) => {
      d.ignoredNames = [...new Set([...(d.ignoredNames ?? []), ...keys])]
    })
    if (outcome.saved) for (const k of keys) this.drop(k)
    return saved(outcome, null)
  }

  private drop(key: string): void {
    if (this.pass.status !== 'ready') return
    this.pass = { status: 'ready', articleIds: this.pass.articleIds, names: this.pass.names.filter((n) => nameKey(n.name) !== key) }
  }
}

function toView(n: DiscoveredName, articleIds: readonly string[], byId: ReadonlyMap<string, Article>, only: number): NewName {
  const counts = new Map<number, number>()
  for (const o of n.occurrences) counts.set(o.text, (counts.get(o.text) ?? 0) + 1)
  const articles = [...counts].map(([t, count]) => ({
    articleId: articleIds[t] as string,
    title: byId.get(articleIds[t] as string)?.meta.title ?? '',
    count,
  }))
  const examples = n.occurrences
    .filter((o) => only < 0 || o.text === only)
    .slice(0, EXAMPLES)
    .flatMap((o) => {
      const article = byId.get(articleIds[o.text] as string)
      if (!article) return []
      const block = article.blocks.find((b) => b.start <= o.start && o.end <= b.end) ?? { start: 0, end: article.text.length }
      return [concordanceLine(article, o, block, CONTEXT_WORDS)]
    })
  return {
    key: nameKey(n.name),
    name: n.name,
    type: n.type as Exclude<EntityType, 'money'>,
    signals: n.signals,
    aliases: n.aliases,
    score: n.score,
    mentions: n.occurrences.length,
    articles,
    examples,
    ...(n.sameAs ? { sameAs: n.sameAs } : {}),
  }
}
