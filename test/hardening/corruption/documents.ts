import { join } from 'node:path'
import type { Handlers } from '../../../src/backend/handlers'
import type { ArticleHighlights } from '../../../src/shared/api'
import type { Entity } from '../../../src/core/entities/types'
import type { Note } from '../../../src/core/store/notes'
import type { ReadingSettings } from '../../../src/core/store/settings'
import { valueOf } from '../support'

export const ARTICLE = '000_fcf6e2d5e2034c53'

/**
 * One kind of document Daftar keeps, seen through the API: how a session changes it (change k of
 * a history), what state it is in (a fingerprint to compare), and where its file lives.
 */
export interface DocumentKind {
  name: string
  change(api: Handlers, k: number, memory: Map<string, string>): Promise<void>
  fingerprint(api: Handlers, memory: Map<string, string>): Promise<string>
  file(dataDir: string, memory: Map<string, string>): string
}

const settings: DocumentKind = {
  name: 'settings',
  change: async (api, k) => void valueOf(await api.updateSettings([{ fontSize: 20 + k }])),
  fingerprint: async (api) => `fontSize ${valueOf<ReadingSettings>(await api.getSettings([])).fontSize}`,
  file: (dataDir) => join(dataDir, 'settings.json'),
}

const registry: DocumentKind = {
  name: 'entities',
  change: async (api, k) =>
    void valueOf(
      await api.createEntity([
        { type: 'person', nameAr: `شخص التجربة ${k}`, nameLatin: `Torture Person ${k}`, aliases: [], description: '' },
      ]),
    ),
  fingerprint: async (api) =>
    valueOf<Entity[]>(await api.listEntities([]))
      .map((e) => e.nameLatin)
      .filter((n) => n.startsWith('Torture'))
      .sort()
      .join(', '),
  file: (dataDir) => join(dataDir, 'entities.json'),
}

const annotations: DocumentKind = {
  name: 'annotations',
  change: async (api, k) =>
    void valueOf(
      await api.createHighlights([
        { articleId: ARTICLE, start: 100 + 20 * k, end: 110 + 20 * k, color: 'yellow', comment: `session ${k}` },
      ]),
    ),
  fingerprint: async (api) =>
    valueOf<ArticleHighlights>(await api.listHighlights([ARTICLE]))
      .highlights.map((h) => h.comment)
      .sort()
      .join(', '),
  file: (dataDir) => join(dataDir, 'annotations', `${ARTICLE}.json`),
}

const noteBody = (text: string): unknown => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })

const notes: DocumentKind = {
  name: 'note',
  change: async (api, k, memory) => {
    const input = { title: `rev ${k}`, body: noteBody(`نص المراجعة ${k}`), attachments: [] }
    const id = memory.get('noteId')
    if (id) valueOf(await api.saveNote([id, input]))
    else memory.set('noteId', valueOf<Note>(await api.createNote([input])).id)
  },
  fingerprint: async (api, memory) => {
    const result = await api.getNote([memory.get('noteId') ?? ''])
    return result.ok ? (result.value as Note).title : `missing (${result.error.code})`
  },
  file: (dataDir, memory) => join(dataDir, 'notes', `${memory.get('noteId')}.json`),
}

export const DOCUMENT_KINDS: readonly DocumentKind[] = [settings, registry, annotations, notes]
