import { useContext, useState, type ReactNode } from 'react'
import type { Entity } from '../../../../core/entities/types'
import type { Attachment } from '../../../../core/store/notes'
import { useI18n } from '../../i18n/I18nProvider'
import { EntityChoice } from './EntityChoice'
import { NoteLinksContext } from './note-links'
import { mentionLabel } from './mention-search'
import { attachmentKey, useAttachmentNames } from './useAttachmentNames'

interface Props {
  attachments: readonly Attachment[]
  /** Entities mentioned in the body: they link the note as well, shown beside the attachments. */
  mentioned: readonly string[]
  entities: ReadonlyMap<string, Entity>
  allEntities: readonly Entity[]
  readOnly: boolean
  onChange: (attachments: Attachment[]) => void
  onOpenEntity: (id: string) => void
}

/**
 * What the note is linked to: explicit attachments (removable chips) and the entities its body
 * mentions. Every name is bidi-isolated: a Latin name among Arabic chips keeps its own order.
 */
export function AttachmentBar({ attachments, mentioned, entities, allEntities, readOnly, onChange, onOpenEntity }: Props): ReactNode {
  const i18n = useI18n()
  const names = useAttachmentNames(attachments)
  const links = useContext(NoteLinksContext)
  const [picking, setPicking] = useState(false)
  const nameOf = (a: Attachment): string => {
    if (a.kind === 'entity') {
      const entity = entities.get(a.id)
      return entity ? mentionLabel(entity) : i18n.t('notes.entityMissing')
    }
    return names.get(attachmentKey(a)) ?? a.id
  }
  const attachedEntities = new Set(attachments.filter((a) => a.kind === 'entity').map((a) => a.id))
  const mentionedOnly = mentioned.filter((id) => !attachedEntities.has(id) && entities.has(id))
  return (
    <div className="attachment-bar">
      <span className="attachment-heading">{i18n.t('notes.attachments')}</span>
      <ul className="attachment-list">
        {attachments.map((a, index) => {
          const name = nameOf(a)
          return (
            <li key={attachmentKey(a)} className={`attachment-chip attachment-${a.kind}`} data-kind={a.kind} data-id={a.id}>
              <span className="attachment-kind">{i18n.t(`notes.kind.${a.kind}`)}</span>
              {a.kind === 'entity' && entities.has(a.id) ? (
                <button type="button" className="chip-link" onClick={() => onOpenEntity(a.id)} title={i18n.t('notes.openEntity')}>
                  <bdi dir="auto">{name}</bdi>
                </button>
              ) : a.kind === 'article' && links ? (
                <button type="button" className="chip-link" onClick={() => links.openArticle(a.id)}>
                  <bdi dir="auto">{name}</bdi>
                </button>
              ) : (
                <bdi dir="auto" className="attachment-name">
                  {name}
                </bdi>
              )}
              {readOnly ? null : (
                <button type="button" className="chip-remove" aria-label={i18n.t('notes.detach', { name })} onClick={() => onChange(attachments.filter((_, i) => i !== index))}>
                  ×
                </button>
              )}
            </li>
          )
        })}
        {mentionedOnly.map((id) => (
          <li key={`mention:${id}`} className="attachment-chip attachment-mention" data-kind="mention" data-id={id}>
            <span className="attachment-kind">{i18n.t('notes.kind.mention')}</span>
            <button type="button" className="chip-link" onClick={() => onOpenEntity(id)} title={i18n.t('notes.openEntity')}>
              <bdi dir="auto">{mentionLabel(entities.get(id) as Entity)}</bdi>
            </button>
          </li>
        ))}
        {attachments.length === 0 && mentionedOnly.length === 0 ? <li className="attachment-none">{i18n.t('notes.noLinks')}</li> : null}
      </ul>
      {readOnly ? null : picking ? (
        <EntityChoice
          entities={allEntities}
          exclude={attachedEntities}
          onPick={(entity) => {
            onChange([...attachments, { kind: 'entity', id: entity.id }])
            setPicking(false)
          }}
          onClose={() => setPicking(false)}
        />
      ) : (
        <button type="button" className="button attach-entity" data-action="attach-entity" onClick={() => setPicking(true)}>
          {i18n.t('notes.attachEntity')}
        </button>
      )}
    </div>
  )
}
