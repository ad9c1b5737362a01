import type { MentionNodeAttrs } from '@tiptap/extension-mention'
import type { SuggestionKeyDownProps, SuggestionProps } from '@tiptap/suggestion'
import { useEffect, useRef, useState } from 'react'
import type { Entity } from '../../../../core/entities/types'
import type { MentionSuggestion } from './extensions'
import { suggestEntities } from './mention-search'
import { mentionLabelIn, paragraphScript } from './mention-script'

/** What the @mention popup shows: the candidates, the highlighted one, and where the caret is. */
export interface MentionMenu {
  query: string
  items: Entity[]
  index: number
  rect: DOMRect | null
}

export interface MentionMenuControls {
  menu: MentionMenu | null
  /** Options for the Mention extension: created once, they read the newest entities through a ref. */
  suggestion: MentionSuggestion
  choose: (index: number) => void
}

/**
 * Bridges tiptap's suggestion plugin to React state: the plugin reports the query and the caret,
 * React renders the list (MentionPopup). Keys go to the list first while it is open: ↑ ↓ move,
 * Enter (or Tab) picks, Escape closes; with no candidate, Enter types a new line as usual.
 */
export function useMentionMenu(entities: readonly Entity[]): MentionMenuControls {
  const [menu, setMenuState] = useState<MentionMenu | null>(null)
  const current = useRef<{ menu: MentionMenu | null; props: SuggestionProps<Entity, MentionNodeAttrs> | null }>({ menu: null, props: null })
  const entitiesRef = useRef(entities)
  useEffect(() => {
    entitiesRef.current = entities
  }, [entities])

  const [controls] = useState(() => {
    const setMenu = (next: MentionMenu | null): void => {
      current.current.menu = next
      setMenuState(next)
    }
    const choose = (index: number): void => {
      const entity = current.current.menu?.items[index]
      const props = current.current.props
      if (entity && props) props.command({ id: entity.id, label: mentionLabelIn(entity, paragraphScript(props.editor, props.range, props.query)) })
    }
    const show = (props: SuggestionProps<Entity, MentionNodeAttrs>): void => {
      const previous = current.current.menu
      current.current.props = props
      setMenu({
        query: props.query,
        items: props.items,
        // The highlighted line resets when the query changes, as the list does.
        index: previous && previous.query === props.query ? Math.min(previous.index, Math.max(0, props.items.length - 1)) : 0,
        rect: props.clientRect?.() ?? null,
      })
    }
    const onKeyDown = ({ event }: SuggestionKeyDownProps): boolean => {
      const open = current.current.menu
      if (!open) return false
      if (event.key === 'Escape') {
        setMenu(null)
        return true
      }
      if (open.items.length === 0) return false
      const n = open.items.length
      if (event.key === 'ArrowDown') setMenu({ ...open, index: (open.index + 1) % n })
      else if (event.key === 'ArrowUp') setMenu({ ...open, index: (open.index - 1 + n) % n })
      else if (event.key === 'Enter' || event.key === 'Tab') choose(open.index)
      else return false
      return true
    }
    const suggestion: MentionSuggestion = {
      char: '@',
      decorationClass: 'mention-query',
      items: ({ query }) => suggestEntities(entitiesRef.current, query),
      render: () => ({
        onStart: show,
        onUpdate: show,
        onKeyDown,
        onExit: () => {
          current.current.props = null
          setMenu(null)
        },
      }),
    }
    return { suggestion, choose }
  })

  return { menu, suggestion: controls.suggestion, choose: controls.choose }
}
