import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openBackend } from '../../../src/backend/backend'
import { createHandlers } from '../../../src/backend/handlers'
import type { Briefing, BriefingPrefs } from '../../../src/core/briefing/scope'
import type { ReadingSettings } from '../../../src/core/store/settings'
import type { SavedBriefing } from '../../../src/shared/api'
import { closeBackend, SEEDS_DIR, valueOf } from '../helpers/backend'
import { makeTempDir } from '../helpers/temp-dir'
import { briefingFixture } from './fixture'

const scope = { kind: 'entities', entityIds: ['scale-ai'] } as const
const options = { lang: 'ar', sections: { entities: true, articles: false, sources: true } } as const

describe('buildBriefing and saveBriefing over the API', () => {
  it('validates the scope and options like every payload', async () => {
    const { handlers } = await briefingFixture()
    for (const args of [[{ kind: 'all' }, options], [scope, { ...options, lang: 'fr' }], [scope, { ...options, extra: 1 }], [{ kind: 'entities', entityIds: ['../x'] }, options], [scope]]) {
      expect(await handlers.buildBriefing(args), JSON.stringify(args)).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    }
  })

  it('in browser mode (no save dialog) answers "download" with the same Markdown and file name buildBriefing gives', async () => {
    const { handlers } = await briefingFixture()
    const built = valueOf<Briefing>(await handlers.buildBriefing([scope, options]))
    expect(valueOf<SavedBriefing>(await handlers.saveBriefing([scope, options]))).toEqual({ kind: 'download', fileName: built.fileName, markdown: built.markdown })
  })

  it('with a save dialog: suggests the safe name, writes where the user chose, or nothing when cancelled', async () => {
    const { backend } = await briefingFixture()
    const dir = await makeTempDir('saved')
    const asked: string[] = []
    let answer: string | null = null
    const handlers = createHandlers(backend, {
      chooseSavePath: async (fileName) => {
        asked.push(fileName)
        return answer
      },
    })
    expect(valueOf<SavedBriefing>(await handlers.saveBriefing([scope, options]))).toEqual({ kind: 'cancelled' })
    expect(await fsp.readdir(dir)).toEqual([])
    answer = join(dir, 'my briefing.md')
    const saved = valueOf<SavedBriefing>(await handlers.saveBriefing([scope, options]))
    expect(saved).toMatchObject({ kind: 'saved', path: answer })
    const built = valueOf<Briefing>(await handlers.buildBriefing([scope, options]))
    expect(asked).toEqual([built.fileName, built.fileName])
    expect(await fsp.readFile(answer, 'utf8')).toBe(built.markdown)
  })

  it('with a save dialog and a folder that has gone: a clear write-failed error', async () => {
    const { backend } = await briefingFixture()
    const dir = await makeTempDir('saved')
    const handlers = createHandlers(backend, { chooseSavePath: async () => join(dir, 'gone', 'b.md') })
    expect(await handlers.saveBriefing([scope, options])).toMatchObject({ ok: false, error: { code: 'write-failed', details: { reason: 'ENOENT' } } })
  })

  it('remembers the last export settings in the settings file, and reads a settings file without them', async () => {
    const dataDir = await makeTempDir('prefs')
    const backend = await openBackend({ dataDir, seedsDir: SEEDS_DIR })
    const handlers = createHandlers(backend)
    expect(valueOf<ReadingSettings>(await handlers.getSettings([])).lastBriefing).toBeUndefined()
    const prefs: BriefingPrefs = { scope: { kind: 'highlights', colors: ['yellow'], tagIds: ['scale-ai'] }, options: { lang: 'en', sections: { entities: false, articles: true, sources: true } } }
    valueOf(await handlers.updateSettings([{ lastBriefing: prefs }]))
    expect(await handlers.updateSettings([{ lastBriefing: { scope: { kind: 'bogus' }, options } }])).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    await closeBackend(backend)
    const again = await openBackend({ dataDir, seedsDir: SEEDS_DIR })
    expect(valueOf<ReadingSettings>(await createHandlers(again).getSettings([])).lastBriefing).toEqual(prefs)
    await again.close()
    expect(JSON.parse(await fsp.readFile(join(dataDir, 'settings.json'), 'utf8')).reading.lastBriefing).toEqual(prefs)
  })
})
