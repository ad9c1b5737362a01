import { useMemo, useState, type RefObject } from 'react'
import type { Entity, EntityType } from '../../../../core/entities/types'
import type { ArticleEntities, ArticleMention, EntityInput, MentionVerdict } from '../../../../shared/api'
import type { ApiError } from '../../../../shared/result'
import type { MentionSpan } from '../reader/BlockText'
import { prefillFor } from './entity-names'
import { knownMentionIn } from './known-first'
import { mentionSpans } from './mention-spans'
import { useArticleEntities } from './useArticleEntities'
import { useMentionCard, type OpenCard } from './useMentionCard'

/** A range of the article the reader chose to link to an entity, with where it sits on screen. */
export interface LinkRequest {
  start: number
  end: number
  rect: { bottom: number; left: number }
}

/** A new entity asked for from a selection that holds a known mention: the known entity is offered first. */
export interface KnownFirst {
  mention: ArticleMention
  selection: LinkRequest
  selectedText: string
}

/** Everything about entities in the open article: what is underlined, the open card, and a new entity or link in progress. */
export interface ReaderEntities {
  data: ArticleEntities
  /** The mentions are loaded (drawing them replaces text nodes, so a selection made before would drop). */
  ready: boolean
  spans: MentionSpan[]
  decide: (verdict: Omit<MentionVerdict, 'articleId'>) => Promise<void>
  card: OpenCard | null
  closeCard: () => void
  draft: Partial<EntityInput> | null
  setDraft: (draft: Partial<EntityInput> | null) => void
  linking: LinkRequest | null
  setLinking: (request: LinkRequest | null) => void
  /** "New entity" on a selection: the known entity inside it first (answers true: the question is asked), else the new-entity dialog. */
  newFromSelection: (selection: LinkRequest, selectedText: string) => boolean
  knownFirst: KnownFirst | null
  setKnownFirst: (question: KnownFirst | null) => void
}

export function useReaderEntities(
  articleId: string,
  entities: readonly Entity[],
  underlines: readonly EntityType[],
  scroller: RefObject<HTMLElement | null>,
  onError: (error: ApiError) => void,
): ReaderEntities {
  const { data, ready, decide } = useArticleEntities(articleId, entities, onError)
  const spans = useMemo(() => mentionSpans(data, entities, underlines), [data, entities, underlines])
  const [card, closeCard] = useMentionCard(scroller, spans)
  const [draft, setDraft] = useState<Partial<EntityInput> | null>(null)
  const [linking, setLinking] = useState<LinkRequest | null>(null)
  const [knownFirst, setKnownFirst] = useState<KnownFirst | null>(null)
  const newFromSelection = (selection: LinkRequest, selectedText: string): boolean => {
    const mention = knownMentionIn(data.mentions, selection.start, selection.end)
    if (mention) setKnownFirst({ mention, selection, selectedText })
    else setDraft(prefillFor(selectedText))
    return mention !== undefined
  }
  return { data, ready, spans, decide, card, closeCard, draft, setDraft, linking, setLinking, newFromSelection, knownFirst, setKnownFirst }
}
