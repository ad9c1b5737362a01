import { describe, expect, it } from 'vitest'
import { shortcutFor } from '../../src/renderer/src/app/shortcuts'

const key = (init: KeyboardEventInit): KeyboardEvent => new KeyboardEvent('keydown', init)

describe('shortcutFor', () => {
  it('matches letters by physical key, so they work on an Arabic keyboard', () => {
    expect(shortcutFor(key({ key: 'n', code: 'KeyN' }))).toBe('next-article')
    expect(shortcutFor(key({ key: 'ى', code: 'KeyN' }))).toBe('next-article')
    expect(shortcutFor(key({ key: 'ح', code: 'KeyP' }))).toBe('previous-article')
  })

  it('opens settings with Ctrl+, and help with ? or ؟', () => {
    expect(shortcutFor(key({ key: ',', code: 'Comma', ctrlKey: true }))).toBe('open-settings')
    expect(shortcutFor(key({ key: '?', code: 'Slash', shiftKey: true }))).toBe('show-help')
    expect(shortcutFor(key({ key: '؟', code: 'Slash', shiftKey: true }))).toBe('show-help')
  })

  it('ignores other modifier combinations, leaving browser and system shortcuts alone', () => {
    expect(shortcutFor(key({ key: 'n', code: 'KeyN', ctrlKey: true }))).toBeNull()
    expect(shortcutFor(key({ key: 'n', code: 'KeyN', altKey: true }))).toBeNull()
    expect(shortcutFor(key({ key: 'N', code: 'KeyN', shiftKey: true }))).toBeNull()
    expect(shortcutFor(key({ key: 'x', code: 'KeyX' }))).toBeNull()
  })
})
