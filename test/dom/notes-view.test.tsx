import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Entity } from '../../src/core/entities/types'
import type { Note } from '../../src/core/store/notes'
import type { NoteInput } from '../../src/shared/api'

// The notes view reaches the backend only through lib/api: an in-memory one stands in for it.
const notes = new Map<string, Note>()
let created = 0
const calls: string[] = []
vi.mock('../../src/renderer/src/lib/api', () => ({
  api: {
    listNotes: async () => {
      const { summaryOf } = await import('../../src/renderer/src/features/notes/note-summary')
      return { ok: true, value: [...notes.values()].map((n) => summaryOf(n.id, n, n.updatedAt)) }
    },
    getNote: async (id: string) => {
      const note = notes.get(id)
      return note ? { ok: true, value: structuredClone(note) } : { ok: false, error: { code: 'not-found', message: `No note with id "${id}".` } }
    },
    createNote: async (input: NoteInput) => {
      calls.push('createNote')
      const id = `new-${++created}`
      const note: Note = { id, ...structuredClone(input), createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' }
      notes.set(id, note)
      return { ok: true, value: structuredClone(note) }
    },
    saveNote: async (id: string, input: NoteInput) => {
      calls.push(`saveNote:${id}`)
      const note = notes.get(id) as Note
      notes.set(id, { ...note, ...structuredClone(input), updatedAt: '2025-01-02T00:00:00.000Z' })
      return { ok: true, value: { updatedAt: '2025-01-02T00:00:00.000Z' } }
    },
    deleteNote: async (id: string) => {
      notes.delete(id)
      return { ok: true, value: null }
    },
    listLibrary: async () => ({ ok: true, value: { articles: [], failed: [] } }),
    listAllHighlights: async () => ({ ok: true, value: [] }),
  },
}))

const { NotesView } = await import('../../src/renderer/src/features/notes/NotesView')

const zuck: Entity = {
  id: 'zuck',
  type: 'person',
  nameAr: 'مارك زوكربيرغ',
  nameLatin: 'Mark Zuckerberg',
  aliases: ['زوكربيرج'],
  description: '',
  createdAt: '',
  updatedAt: '',
}
const meta: Entity = { ...zuck, id: 'meta', type: 'org', nameAr: 'ميتا', nameLatin: 'Meta', aliases: [] }

const props = { entities: [zuck, meta], initialNoteId: null, attach: null, onOpenEntity: vi.fn(), onError: vi.fn(), toast: vi.fn() }

beforeEach(() => {
  notes.clear()
  calls.length = 0
  created = 0
})

describe('NotesView', () => {
  it('creates one note attached to what it was opened for, and shows the attachment', async () => {
    render(<NotesView {...props} attach={{ kind: 'entity', id: 'zuck' }} />)
    await waitFor(() => expect(document.querySelector('.note-editor[data-note-id="new-1"]')).not.toBeNull())
    expect(calls.filter((c) => c === 'createNote')).toHaveLength(1)
    expect(notes.get('new-1')?.attachments).toEqual([{ kind: 'entity', id: 'zuck' }])
    const chip = document.querySelector('.attachment-chip[data-kind="entity"][data-id="zuck"]')
    expect(chip?.textContent).toContain('مارك زوكربيرغ')
    expect(chip?.querySelector('bdi')?.getAttribute('dir')).toBe('auto')
  })

  it('attaches an entity through the picker and saves it', async () => {
    notes.set('n1', { id: 'n1', title: 'ملاحظة', body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'نص' }] }] }, attachments: [], createdAt: 't', updatedAt: 't' })
    render(<NotesView {...props} initialNoteId="n1" />)
    fireEvent.click(await screen.findByRole('button', { name: 'اربط بكيان' }))
    const search = screen.getByRole('combobox', { name: 'ابحث عن كيان' })
    fireEvent.change(search, { target: { value: 'meta' } })
    fireEvent.keyDown(search, { key: 'Enter' })
    await waitFor(() => expect(document.querySelector('.attachment-chip[data-id="meta"]')).not.toBeNull())
    await waitFor(() => expect(notes.get('n1')?.attachments).toEqual([{ kind: 'entity', id: 'meta' }]), { timeout: 2000 })
    expect(await screen.findByText('محفوظ')).toBeTruthy()
  })

  it('opens a body the editor cannot take read-only, with its raw text, and never saves it', async () => {
    notes.set('bad', { id: 'bad', title: 'تالفة', body: 'not a doc', attachments: [], createdAt: 't', updatedAt: 't' })
    render(<NotesView {...props} initialNoteId="bad" />)
    await waitFor(() => expect(document.querySelector('.note-read-only')).not.toBeNull())
    expect(document.querySelector('pre.note-raw')?.textContent).toBe('not a doc')
    expect(document.querySelector('pre.note-raw')?.getAttribute('dir')).toBe('auto')
    expect(screen.getByRole('alert').textContent).toContain('لم يُغيَّر فيها شيء')
    expect(document.querySelector('[contenteditable]')).toBeNull()
    await new Promise((r) => setTimeout(r, 700))
    expect(calls.some((c) => c.startsWith('saveNote'))).toBe(false)
    expect(notes.get('bad')?.body).toBe('not a doc')
  })

  it('lists notes with their linked entities and filters them', async () => {
    const body = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })
    notes.set('a', { id: 'a', title: 'عن الرواتب', body: body('عروض بملايين'), attachments: [{ kind: 'entity', id: 'zuck' }], createdAt: 't', updatedAt: '2025-01-03T00:00:00.000Z' })
    notes.set('b', { id: 'b', title: '', body: body('Llama 4 release notes'), attachments: [], createdAt: 't', updatedAt: '2025-01-02T00:00:00.000Z' })
    render(<NotesView {...props} />)
    await waitFor(() => expect(document.querySelectorAll('.note-item')).toHaveLength(2))
    const items = [...document.querySelectorAll('.note-item')]
    expect(items.map((i) => i.querySelector('.note-item-title')?.textContent)).toEqual(['عن الرواتب', 'Llama 4 release notes'])
    expect(items[0]?.querySelector('.chip')?.textContent).toBe('مارك زوكربيرغ')
    fireEvent.change(screen.getByRole('searchbox', { name: 'تصفية الملاحظات' }), { target: { value: 'زوكربيرج' } })
    expect([...document.querySelectorAll('.note-item')].map((i) => (i as HTMLElement).dataset['noteId'])).toEqual(['a'])
  })
})
