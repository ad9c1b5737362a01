import { useId, type CSSProperties, type ReactNode } from 'react'
import { useI18n } from '../../i18n/I18nProvider'
import { mentionLabel } from './mention-search'
import type { MentionMenu } from './useMentionMenu'

interface Props {
  menu: MentionMenu
  onChoose: (index: number) => void
}

/** Where the list goes: under the caret, its start edge at the caret, kept inside the window. */
function placement(rect: DOMRect | null, dir: 'rtl' | 'ltr'): CSSProperties {
  if (!rect) return { display: 'none' }
  const top = Math.min(rect.bottom + 4, window.innerHeight - 260)
  const start = dir === 'rtl' ? window.innerWidth - rect.right : rect.left
  return { top: Math.max(4, top), insetInlineStart: Math.max(4, Math.min(start, window.innerWidth - 300)) }
}

/**
 * The @mention suggestions. The caret stays in the editor (the keys arrive through the suggestion
 * plugin), so the list never takes focus; the highlighted entity is also announced politely.
 */
export function MentionPopup({ menu, onChoose }: Props): ReactNode {
  const i18n = useI18n()
  const id = useId()
  const current = menu.items[menu.index]
  return (
    <div className="mention-popup" style={placement(menu.rect, i18n.dir)}>
      {menu.items.length === 0 ? (
        <p className="mention-none">
          {i18n.t('notes.mentionNone')} <bdi dir="auto">{menu.query}</bdi>
        </p>
      ) : (
        <ul role="listbox" id={id} aria-label={i18n.t('notes.mentionMenu')}>
          {menu.items.map((entity, index) => (
            <li
              key={entity.id}
              role="option"
              aria-selected={index === menu.index}
              className={index === menu.index ? 'current' : undefined}
              data-entity-id={entity.id}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => onChoose(index)}
            >
              <bdi dir="auto" className="mention-name">
                {mentionLabel(entity)}
              </bdi>
              {entity.nameAr && entity.nameLatin ? (
                <bdi dir="ltr" className="mention-latin">
                  {entity.nameLatin}
                </bdi>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <span className="notes-sr-only" role="status" aria-live="polite">
        {current ? mentionLabel(current) : ''}
      </span>
    </div>
  )
}
