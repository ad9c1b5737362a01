import type { ReactNode } from 'react'
import type { Entity } from '../../../../core/entities/types'
import type { ApiError } from '../../../../shared/result'
import { useI18n } from '../../i18n/I18nProvider'
import { EntityCard } from './EntityCard'
import { EntityDialog } from './EntityDialog'
import { prefillFor } from './entity-names'
import { EntityPicker } from './EntityPicker'
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
}

/** What the reader shows about entities above the text: the link picker, a mention's card, the new-entity dialog. */
export function EntityLayer({ layer, text, entities, onOpenEntity, onEntitiesChanged, clearSelection, onError }: Props): ReactNode {
  const i18n = useI18n()
  const { card, closeCard, linking, setLinking, draft, setDraft, decide } = layer
  return (
    <>
      {linking ? (
        <div
          className="link-popover"
          role="dialog"
          aria-label={i18n.t('entity.linkHere')}
          style={{ top: Math.min(window.innerHeight - 260, linking.rect.bottom + 8), left: Math.max(8, linking.rect.left - 160) }}
        >
          <EntityPicker
            entities={entities}
            autoFocus
            onPick={(e) => {
              void decide({ start: linking.start, end: linking.end, entityId: e.id, decision: 'linked' })
              setLinking(null)
              clearSelection()
            }}
          />
          <button type="button" className="button" onClick={() => setLinking(null)}>
            {i18n.t('entity.cancel')}
          </button>
        </div>
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
