import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { NoteInput } from '../../src/shared/api'
import type { Result } from '../../src/shared/result'
import { AUTOSAVE_DELAY_MS, Autosaver, type SaveState } from '../../src/renderer/src/features/notes/autosaver'
import { SaveLedger } from '../../src/renderer/src/features/notes/save-ledger'

/** A backend whose saves resolve when the test says so, recording what each carried. */
function fakeBackend() {
  const saves: { input: NoteInput; resolve: (r: Result<{ updatedAt: string }>) => void }[] = []
  return {
    saves,
    save: (input: NoteInput) => new Promise<Result<{ updatedAt: string }>>((resolve) => saves.push({ input, resolve })),
  }
}

function setup() {
  const backend = fakeBackend()
  const states: SaveState[] = []
  const saved: string[] = []
  const ledger = new SaveLedger()
  let title = ''
  const saver = new Autosaver({
    save: backend.save,
    snapshot: () => ({ title, body: { type: 'doc' }, attachments: [] }),
    onState: (s) => states.push(s),
    onSaved: (input) => saved.push(input.title),
    track: (p) => ledger.track('n1', p),
  })
  const type = (text: string): void => {
    title = text
    saver.changed()
  }
  return { backend, states, saved, saver, type, ledger }
}

const flushPromises = () => vi.advanceTimersByTimeAsync(0)

describe('autosave', () => {
  beforeEach(() => void vi.useFakeTimers())
  afterEach(() => void vi.useRealTimers())

  it('saves once, after the user pauses, with the latest text', async () => {
    const { backend, states, type } = setup()
    type('م')
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS - 100)
    type('مل')
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS - 100)
    type('ملا')
    expect(backend.saves).toHaveLength(0)
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS)
    expect(backend.saves.map((s) => s.input.title)).toEqual(['ملا'])
    expect(states.at(-1)).toEqual({ kind: 'saving' })
    backend.saves[0]?.resolve({ ok: true, value: { updatedAt: '2025-01-01T00:00:01.000Z' } })
    await flushPromises()
    expect(states.at(-1)).toEqual({ kind: 'saved', at: '2025-01-01T00:00:01.000Z' })
  })

  it('says "saved" only when the backend has the note on disk', async () => {
    const { backend, states, type } = setup()
    type('نص')
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS)
    await flushPromises()
    expect(states.some((s) => s.kind === 'saved')).toBe(false)
    backend.saves[0]?.resolve({ ok: true, value: { updatedAt: 't' } })
    await flushPromises()
    expect(states.at(-1)?.kind).toBe('saved')
  })

  it('never overlaps saves: a change made while one travels is saved right after it', async () => {
    const { backend, saved, type } = setup()
    type('أ')
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS)
    type('أب')
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS)
    expect(backend.saves).toHaveLength(1)
    backend.saves[0]?.resolve({ ok: true, value: { updatedAt: 't1' } })
    await flushPromises()
    expect(backend.saves.map((s) => s.input.title)).toEqual(['أ', 'أب'])
    backend.saves[1]?.resolve({ ok: true, value: { updatedAt: 't2' } })
    await flushPromises()
    expect(saved).toEqual(['أ', 'أب'])
  })

  it('flushes at once when the note is left, so the last keystrokes are not lost', () => {
    const { backend, saver, type } = setup()
    type('آخر كلمة')
    saver.flush()
    expect(backend.saves.map((s) => s.input.title)).toEqual(['آخر كلمة'])
    saver.flush() // nothing new: no second save
    expect(backend.saves).toHaveLength(1)
  })

  it('shows why a save failed and tries again on the next change', async () => {
    const { backend, states, type, saver } = setup()
    type('نص')
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS)
    backend.saves[0]?.resolve({ ok: false, error: { code: 'write-failed', message: 'disk full' } })
    await flushPromises()
    expect(states.at(-1)).toEqual({ kind: 'failed', reason: 'disk full' })
    saver.flush() // the retry button
    expect(backend.saves).toHaveLength(2)
  })

  it('saves nothing more once stopped (the note is being deleted)', () => {
    const { backend, saver, type } = setup()
    type('نص')
    saver.stop()
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS * 2)
    saver.flush()
    type('آخر')
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS * 2)
    expect(backend.saves).toHaveLength(0)
  })

  it('lets the next reader of a note wait for its saves still travelling', async () => {
    const { backend, ledger, saver, type } = setup()
    type('نص')
    saver.flush()
    let settled = false
    void ledger.settled('n1').then(() => (settled = true))
    await flushPromises()
    expect(settled).toBe(false)
    backend.saves[0]?.resolve({ ok: false, error: { code: 'internal', message: 'x' } })
    await flushPromises()
    expect(settled).toBe(true)
    await expect(ledger.settled('other')).resolves.toBeUndefined()
  })
})
