import { useEffect, useRef, useState, type ReactNode } from 'react'
import type { AnchoredHighlight } from '../../../../core/highlights/anchored'
import type { HighlightColor } from '../../../../core/store/annotations'
import { useI18n } from '../../i18n/I18nProvider'
import type { Entity } from '../../../../core/entities/types'
import { entityLabel } from '../entities/entity-names'
import { EntityPicker } from '../entities/EntityPicker'
import { COLORS } from './colors'

interface Props {
  highlight: AnchoredHighlight
  entities: readonly Entity[]
  onTag: (entityIds: string[]) => void
  onNote: () => void
  /** Where the highlight starts on screen (viewport coordinates). */
  rect: { top: number; bottom: number; left: number; right: number }
  focusComment: boolean
  onColor: (color: HighlightColor) => void
  onComment: (comment: string) => void
  onCopy: () => void
  onDelete: () => void
  onClose: () => void
}

/** The card of one highlight: recolour, comment, copy with citation, delete. */
export function HighlightCard({ highlight, entities, onTag, onNote, rect, focusComment, onColor, onComment, onCopy, onDelete, onClose }: Props): ReactNode {
  const i18n = useI18n()
  const [draft, setDraft] = useState(highlight.comment)
  const field = useRef<HTMLTextAreaElement>(null)
  useEffect(() => {
    if (focusComment) field.current?.focus()
  }, [focusComment, highlight.id])
  const top = Math.min(window.innerHeight - 220, rect.bottom + 8)
  const left = Math.max(8, Math.min(window.innerWidth - 340, rect.left))
  const commit = (): void => {
    if (draft !== highlight.comment) onComment(draft)
  }
  return (
    <section
      className="highlight-card"
      role="dialog"
      aria-label={i18n.t('highlight.card', { color: i18n.t(`color.${highlight.color}`) })}
      style={{ top, left }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation()
          commit()
          onClose()
        }
      }}
    >
      <div className="card-colors" role="group" aria-label={i18n.t('highlight.colors')}>
        {COLORS.map((color) => (
          <button
            key={color}
            type="button"
            className={`swatch-button hl-${color}`}
            aria-pressed={highlight.color === color}
            aria-label={i18n.t(`color.${color}`)}
            onClick={() => onColor(color)}
          />
        ))}
      </div>
      <label className="card-comment">
        <span>{i18n.t('highlight.comment')}</span>
        <textarea
          ref={field}
          dir="auto"
          rows={3}
          value={draft}
          onChange={(e) => setDraft(e.currentTarget.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) commit()
          }}
        />
      </label>
      <div className="card-tags" role="group" aria-label={i18n.t('highlight.tags')}>
        {highlight.entityIds.map((id) => {
          const entity = entities.find((e) => e.id === id)
          return (
            <button key={id} type="button" className="chip tag-chip" onClick={() => onTag(highlight.entityIds.filter((t) => t !== id))} title={i18n.t('entity.clear')}>
              <bdi dir="auto">{entity ? entityLabel(entity) : id}</bdi> ×
            </button>
          )
        })}
        <EntityPicker compact entities={entities} exclude={highlight.entityIds} onPick={(e) => onTag([...highlight.entityIds, e.id])} />
      </div>
      <div className="card-actions">
        <button type="button" className="button" onClick={onCopy}>
          {i18n.t('highlight.copy')}
        </button>
        <button type="button" className="button" onClick={onNote} data-action="note-on-highlight">
          {i18n.t('notes.aboutThis')}
        </button>
        <button type="button" className="button button-danger" onClick={onDelete}>
          {i18n.t('highlight.delete')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            commit()
            onClose()
          }}
        >
          {i18n.t('highlight.close')}
        </button>
      </div>
    </section>
  )
}
