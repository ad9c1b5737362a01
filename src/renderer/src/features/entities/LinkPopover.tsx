import { useState, type ReactNode } from 'react'
import { parseName } from '../../../../core/entities/name-form'
import type { Entity } from '../../../../core/entities/types'
import { useI18n } from '../../i18n/I18nProvider'
import { Message } from '../../i18n/Message'
import { api } from '../../lib/api'
import { entityLabel, namesOf } from './entity-names'
import { EntityPicker } from './EntityPicker'
import { nameProblem } from './name-problem'
import type { LinkRequest } from './useReaderEntities'

interface Props {
  request: LinkRequest
  /** The selected text being linked. */
  text: string
  entities: readonly Entity[]
  /** Links the selection to the entity (this one occurrence). */
  onLink: (entity: Entity) => void
  onEntitiesChanged: () => Promise<void>
  onClose: () => void
}

/**
 * Links a selection to an entity, then offers to make the selected spelling one of the entity's
 * names, so the next article that writes it so is found too (a link alone covers one occurrence).
 */
export function LinkPopover({ request, text, entities, onLink, onEntitiesChanged, onClose }: Props): ReactNode {
  const i18n = useI18n()
  const [linked, setLinked] = useState<Entity | null>(null)
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null)
  const spelling = text.trim()
  const named = linked !== null && namesOf(linked).some((n) => parseName(n).key === parseName(spelling).key)

  const addAlias = async (entity: Entity): Promise<void> => {
    const problem = nameProblem(spelling, entity.id, entities, i18n)
    if (problem) return setOutcome({ ok: false, message: problem })
    const { id, createdAt: _created, updatedAt: _updated, ...input } = entity
    const result = await api.updateEntity(id, { ...input, aliases: [...input.aliases, spelling] })
    if (!result.ok) return setOutcome({ ok: false, message: result.error.message })
    setOutcome({ ok: true, message: i18n.t('link.aliasAdded', { text: spelling, name: entityLabel(entity) }) })
    await onEntitiesChanged()
  }

  return (
    <div
      className="link-popover"
      role="dialog"
      aria-label={i18n.t('entity.linkHere')}
      style={{ top: Math.min(window.innerHeight - 260, request.rect.bottom + 8), left: Math.max(8, request.rect.left - 160) }}
    >
      {linked ? (
        <>
          <p role="status">
            <Message k="link.done" params={{ name: entityLabel(linked) }} />
          </p>
          {!named && !outcome?.ok ? (
            <button type="button" className="button" onClick={() => void addAlias(linked)} data-action="add-alias">
              <Message k="link.addAlias" params={{ text: spelling, name: entityLabel(linked) }} />
            </button>
          ) : null}
          {outcome ? (
            <p className={outcome.ok ? 'link-outcome' : 'form-problem'} role={outcome.ok ? 'status' : 'alert'} dir="auto">
              {outcome.message}
            </p>
          ) : null}
          <button type="button" className="button" onClick={onClose} autoFocus data-action="link-finish">
            {i18n.t('link.finish')}
          </button>
        </>
      ) : (
        <>
          <EntityPicker
            entities={entities}
            autoFocus
            onPick={(e) => {
              onLink(e)
              setLinked(e)
            }}
          />
          <button type="button" className="button" onClick={onClose}>
            {i18n.t('entity.cancel')}
          </button>
        </>
      )}
    </div>
  )
}
