import type { ReactNode } from 'react'
import type { Entity } from '../../../../core/entities/types'
import type { ApiError } from '../../../../shared/result'
import type { ArticleNewNames } from '../new-names/useArticleNewNames'
import { EntityCard } from './EntityCard'
import { EntityDialog } from './EntityDialog'
import { prefillFor } from './entity-names'
import { KnownFirstPopover } from './KnownFirstPopover'
import { LinkPopover } from './LinkPopover'
import { SuggestionCardBody } from './SuggestionCardBody'
import type { ReaderEntities } from './useReaderEntities'

interface Props {
  layer: ReaderEntities
  text: string
  entities: readonly Entity[]
  onOpenEntity: (id: string) => void
  onEntitiesChanged: () => Promise<void>
  /** Ends the reader's selection once a link or a new entity made from it is done. */
  clearSelection: () => void
  onError: (error: ApiError) => void
  /** The article's proposed names: a suggestion's card accepts or ignores through them. */
  newNames: ArticleNewNames
}

/**
 * What the reader shows about entities above the text: the link picker, a mention's or a
 * suggestion's card, the known-entity question and the new-entity dialog.
 */
export function EntityLayer({ layer, text, entities, onOpenEntity, onEntitiesChanged, clearSelection, onError, newNames }: Props): ReactNode {
  const { card, closeCard, linking, setLinking, draft, setDraft, decide, knownFirst, setKnownFirst } = layer
  const suggestion = card?.span.kind === 'suggestion' ? layer.data.suggestions.find((s) => s.start === card.span.start && s.end === card.span.end) : undefined
  const choice = suggestion ? newNames.choiceFor(suggestion) : undefined
  return (
    <>
      {linking ? (
        <LinkPopover
          key={`${linking.start}:${linking.end}`}
          request={linking}
          text={text.slice(linking.start, linking.end)}
          entities={entities}
          onLink={(e) => {
            void decide({ start: linking.start, end: linking.end, entityId: e.id, decision: 'linked' })
            clearSelection()
          }}
          onEntitiesChanged={onEntitiesChanged}
          onClose={() => setLinking(null)}
        />
      ) : null}
      {knownFirst ? (
        <KnownFirstPopover
          question={knownFirst}
          entity={entities.find((e) => e.id === knownFirst.mention.entityId)}
          onConfirm={() => {
            const { start, end, entityId } = knownFirst.mention
            void decide({ start, end, entityId, decision: 'confirmed' })
            setKnownFirst(null)
            clearSelection()
          }}
          onNewAnyway={() => {
            setKnownFirst(null)
            setDraft(prefillFor(knownFirst.selectedText))
          }}
          onClose={() => setKnownFirst(null)}
        />
      ) : null}
      {card ? (
        <EntityCard
          span={card.span}
          entity={entities.find((e) => e.id === card.span.entityId)}
          data={layer.data}
          text={text.slice(card.span.start, card.span.end)}
          rect={card.rect}
          onOpen={(id) => {
            closeCard()
            onOpenEntity(id)
          }}
          onDecide={(decision) => {
            if (card.span.entityId) void decide({ start: card.span.start, end: card.span.end, entityId: card.span.entityId, decision })
            closeCard()
          }}
          onCreate={(name) => {
            closeCard()
            setDraft(card.span.kind === 'money' ? { type: 'money', nameAr: name } : { ...prefillFor(name), type: card.span.type })
          }}
          onClose={closeCard}
          takeFocus={card.viaKeyboard}
          suggestionBody={
            suggestion && choice ? (
              <SuggestionCardBody
                suggestion={suggestion}
                choice={choice}
                busy={newNames.actions.busy}
                takeFocus={card.viaKeyboard}
                onAccept={() => void newNames.actions.accept([choice]).then(closeCard)}
                onIgnore={() => void newNames.actions.ignore([choice.name]).then(closeCard)}
                onEdit={() => {
                  closeCard()
                  setDraft({ ...prefillFor(choice.name), type: choice.type, aliases: choice.aliases })
                }}
              />
            ) : null
          }
        />
      ) : null}
      {draft ? (
        <EntityDialog
          open
          entity={null}
          prefill={draft}
          entities={entities}
          onDone={() => {
            setDraft(null)
            clearSelection()
            void onEntitiesChanged()
          }}
          onClose={() => setDraft(null)}
          onError={onError}
        />
      ) : null}
    </>
  )
}
