import { describe, expect, it } from 'vitest'
import { wordsAfter, wordsBefore } from '../../../src/core/text/context-window'

describe('the words around a mention', () => {
  const text = 'قال   مسؤول\nفي الشركة ونات فريدمان، الذي يقود الفريق'
  const start = text.indexOf('نات')
  const end = start + 'نات فريدمان'.length

  it('keeps a glued clitic and the comma after the name, and counts them apart from the words', () => {
    expect(text.slice(wordsBefore(text, 0, start, 1), start)).toBe('الشركة و')
    expect(text.slice(end, wordsAfter(text, end, text.length, 1))).toBe('، الذي')
  })

  it('keeps the text’s own spaces and line breaks instead of joining words with one space', () => {
    const from = wordsBefore(text, 0, start, 10)
    expect(from).toBe(0)
    expect(text.slice(from, start)).toBe('قال   مسؤول\nفي الشركة و')
  })

  it('stops at the paragraph’s edges', () => {
    expect(wordsBefore(text, 12, start, 10)).toBe(12)
    expect(wordsAfter(text, end, end + 6, 10)).toBe(end + 6)
  })
})
