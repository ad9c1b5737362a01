import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import type { ReactNode } from 'react'
import { useI18n } from '../../i18n/I18nProvider'
import type { TextKey } from '../../i18n/messages'

interface Props {
  editor: Editor
  onLink: () => void
}

interface Tool {
  name: string
  label: TextKey
  short: TextKey
  keys?: string
  active?: boolean
  disabled?: boolean
  run: () => void
}

/** Formatting buttons. Each says whether it is on (aria-pressed) and which keys do the same. */
export function NoteToolbar({ editor, onLink }: Props): ReactNode {
  const i18n = useI18n()
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      link: e.isActive('link'),
      highlight: e.isActive('highlight'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  })
  const chain = () => editor.chain().focus()
  const tools: Tool[] = [
    { name: 'bold', label: 'notes.bold', short: 'notes.boldShort', keys: 'Control+B', active: state.bold, run: () => chain().toggleBold().run() },
    { name: 'italic', label: 'notes.italic', short: 'notes.italicShort', keys: 'Control+I', active: state.italic, run: () => chain().toggleItalic().run() },
    { name: 'h2', label: 'notes.h2', short: 'notes.h2Short', active: state.h2, run: () => chain().toggleHeading({ level: 2 }).run() },
    { name: 'h3', label: 'notes.h3', short: 'notes.h3Short', active: state.h3, run: () => chain().toggleHeading({ level: 3 }).run() },
    { name: 'bullet-list', label: 'notes.bulletList', short: 'notes.bulletListShort', active: state.bullet, run: () => chain().toggleBulletList().run() },
    { name: 'ordered-list', label: 'notes.orderedList', short: 'notes.orderedListShort', active: state.ordered, run: () => chain().toggleOrderedList().run() },
    { name: 'link', label: 'notes.link', short: 'notes.linkShort', keys: 'Control+K', active: state.link, run: onLink },
    { name: 'highlight', label: 'notes.highlight', short: 'notes.highlightShort', keys: 'Control+Shift+H', active: state.highlight, run: () => chain().toggleHighlight().run() },
    { name: 'undo', label: 'notes.undo', short: 'notes.undo', keys: 'Control+Z', disabled: !state.canUndo, run: () => chain().undo().run() },
    { name: 'redo', label: 'notes.redo', short: 'notes.redo', keys: 'Control+Shift+Z', disabled: !state.canRedo, run: () => chain().redo().run() },
  ]
  return (
    <div className="note-toolbar" role="toolbar" aria-label={i18n.t('notes.toolbar')}>
      {tools.map((tool) => (
        <button
          key={tool.name}
          type="button"
          className={`tool tool-${tool.name}`}
          data-tool={tool.name}
          aria-label={i18n.t(tool.label)}
          title={tool.keys ? `${i18n.t(tool.label)} (${tool.keys.replace('Control', 'Ctrl')})` : i18n.t(tool.label)}
          aria-keyshortcuts={tool.keys}
          {...(tool.active === undefined ? {} : { 'aria-pressed': tool.active })}
          disabled={tool.disabled}
          // A click must not take the focus (and the selection) out of the text it formats.
          onMouseDown={(e) => e.preventDefault()}
          onClick={tool.run}
        >
          {i18n.t(tool.short)}
        </button>
      ))}
    </div>
  )
}
