import type { JSONContent } from '@tiptap/core'
import type { Node as PmNode } from '@tiptap/pm/model'
import { EditorContent, useEditor, useEditorState, type UseEditorOptions } from '@tiptap/react'
import { useEffect, useRef, useState, type ReactNode } from 'react'
import type { Entity } from '../../../../core/entities/types'
import { dominantDirection } from '../../../../core/text/bidi'
import type { Attachment, Note } from '../../../../core/store/notes'
import type { NoteInput } from '../../../../shared/api'
import { useI18n } from '../../i18n/I18nProvider'
import { AttachmentBar } from './AttachmentBar'
import { DeleteNoteDialog } from './DeleteNoteDialog'
import { noteExtensions } from './extensions'
import { LinkDialog } from './LinkDialog'
import { MentionPopup } from './MentionPopup'
import { NoteToolbar } from './NoteToolbar'
import type { SaveLedger } from './save-ledger'
import { SaveStatus } from './SaveStatus'
import { useAutosave } from './useAutosave'
import { useMentionMenu } from './useMentionMenu'

interface Props {
  note: Note
  /** The body as checked by load-check.ts: it loads without losing anything. */
  doc: PmNode
  entities: readonly Entity[]
  entityMap: ReadonlyMap<string, Entity>
  ledger: SaveLedger
  /** Put the caret in the body on open (a note just created). */
  focusBody: boolean
  onSaved: (input: NoteInput, updatedAt: string) => void
  onDelete: () => void
  onUnloadable: (reason: string) => void
  onOpenEntity: (id: string) => void
}

const mentionIds = (doc: PmNode): string[] => {
  const ids = new Set<string>()
  doc.descendants((node) => {
    if (node.type.name === 'mention' && typeof node.attrs['id'] === 'string') ids.add(node.attrs['id'])
  })
  return [...ids]
}

/** A note open for editing: title, toolbar, body, links, autosave state, delete. */
export function EditableNote(props: Props): ReactNode {
  const { note, entities, entityMap, ledger, onOpenEntity } = props
  const i18n = useI18n()
  const [title, setTitle] = useState(note.title)
  const [attachments, setAttachments] = useState<Attachment[]>(note.attachments)
  const [dialog, setDialog] = useState<'link' | 'delete' | null>(null)
  const mention = useMentionMenu(entities)

  // What autosave reads when a save starts: refs, so a save begun after the editor is gone (the
  // user switched notes mid-pause) still carries the last keystrokes.
  const fields = useRef({ title: note.title, attachments: note.attachments, doc: props.doc })
  const handlers = useRef(props)
  useEffect(() => {
    handlers.current = props
  })
  const { state: saveState, saver } = useAutosave({
    noteId: note.id,
    ledger,
    snapshot: () => ({ title: fields.current.title, body: fields.current.doc.toJSON(), attachments: fields.current.attachments }),
    onSaved: (input, at) => handlers.current.onSaved(input, at),
  })

  // Options made once: the editor reads fresh callbacks through refs instead of being reconfigured.
  const [options] = useState<UseEditorOptions>(() => ({
    extensions: noteExtensions(mention.suggestion),
    content: props.doc.toJSON() as JSONContent,
    injectCSS: false,
    enableContentCheck: true,
    autofocus: props.focusBody ? 'end' : false,
    onContentError: ({ error }) => handlers.current.onUnloadable(error.message),
    onUpdate: ({ editor }) => {
      fields.current.doc = editor.state.doc
      saver.changed()
    },
    editorProps: {
      attributes: { 'aria-label': i18n.t('notes.body'), lang: 'ar', dir: 'rtl', class: 'note-body', 'aria-multiline': 'true', role: 'textbox' },
      handleKeyDown: (_view, event) => {
        if ((event.ctrlKey || event.metaKey) && !event.altKey && event.code === 'KeyK') {
          event.preventDefault()
          setDialog('link')
          return true
        }
        return false
      },
    },
  }))
  const editor = useEditor(options)
  const mentioned = useEditorState({ editor, selector: ({ editor: e }) => mentionIds(e.state.doc) })

  const update = (next: { title?: string; attachments?: Attachment[] }): void => {
    if (next.title !== undefined) {
      fields.current.title = next.title
      setTitle(next.title)
    }
    if (next.attachments !== undefined) {
      fields.current.attachments = next.attachments
      setAttachments(next.attachments)
    }
    saver.changed()
  }

  const applyLink = (href: string): void => {
    setDialog(null)
    const chain = editor.chain().focus()
    if (editor.state.selection.empty && !editor.isActive('link')) chain.insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] }).run()
    else chain.extendMarkRange('link').setLink({ href }).run()
  }

  return (
    <article className="note-editor" data-note-id={note.id}>
      <div className="note-header">
        <input
          className="note-title"
          name="title"
          // By majority script, like the body's paragraphs: "Meta أعلنت…" is an Arabic title.
          dir={dominantDirection(title)}
          maxLength={500}
          value={title}
          aria-label={i18n.t('notes.title')}
          placeholder={i18n.t('notes.titlePlaceholder')}
          onChange={(e) => update({ title: e.currentTarget.value })}
          onKeyDown={(e) => {
            // Enter in the title goes on to the text, as in a word processor.
            if (e.key === 'Enter') {
              e.preventDefault()
              editor.commands.focus('start')
            }
          }}
        />
        <SaveStatus state={saveState} onRetry={() => saver.flush()} />
      </div>
      <NoteToolbar editor={editor} onLink={() => setDialog('link')} />
      <div
        className="note-body-frame"
        onClick={(e) => {
          const chip = (e.target as HTMLElement).closest<HTMLElement>('.mention[data-id]')
          const id = chip?.dataset['id']
          if (id && entityMap.has(id)) onOpenEntity(id)
        }}
      >
        <EditorContent editor={editor} />
      </div>
      {mention.menu ? <MentionPopup menu={mention.menu} onChoose={mention.choose} /> : null}
      <AttachmentBar
        attachments={attachments}
        mentioned={mentioned}
        entities={entityMap}
        allEntities={entities}
        readOnly={false}
        onChange={(next) => update({ attachments: next })}
        onOpenEntity={onOpenEntity}
      />
      <div className="note-actions">
        <button type="button" className="button button-danger" data-action="delete-note" onClick={() => setDialog('delete')}>
          {i18n.t('notes.delete')}
        </button>
      </div>
      <LinkDialog
        open={dialog === 'link'}
        current={dialog === 'link' ? ((editor.getAttributes('link')['href'] as string | undefined) ?? null) : null}
        onApply={applyLink}
        onRemove={() => {
          setDialog(null)
          editor.chain().focus().extendMarkRange('link').unsetLink().run()
        }}
        onClose={() => {
          setDialog(null)
          editor.commands.focus()
        }}
      />
      <DeleteNoteDialog
        open={dialog === 'delete'}
        title={title}
        onClose={() => setDialog(null)}
        onConfirm={() => {
          setDialog(null)
          saver.stop()
          props.onDelete()
        }}
      />
    </article>
  )
}
