import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { MarkedText } from '../../src/renderer/src/features/search/MarkedText'

describe('a search snippet', () => {
  it('marks the words at the offsets it is given, and nothing else', () => {
    const text = 'قال مِـيـتَا إن Scale AI و لِمِيتَا'
    const at = (word: string, from = 0): { start: number; end: number } => ({ start: text.indexOf(word, from), end: text.indexOf(word, from) + word.length })
    const { container } = render(<p>{<MarkedText text={text} marks={[at('مِـيـتَا'), at('Scale AI'), at('مِيتَا', 20)]} />}</p>)
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['مِـيـتَا', 'Scale AI', 'مِيتَا'])
    // The DOM text is the snippet, character for character; the Latin run is isolated.
    expect(container.textContent).toBe(text)
    expect(container.querySelector('bdi[dir="ltr"]')?.textContent).toBe('Scale AI')
  })

  it('marks a word inside a quoted English sentence without cutting the sentence out of its one isolate', () => {
    const quote = '"Competition must stay open, for everyone. We will appeal."'
    const text = `وقال المتحدث: ${quote} ثم غادر`
    const at = text.indexOf('everyone')
    const { container } = render(<p>{<MarkedText text={text} marks={[{ start: at, end: at + 'everyone'.length }]} />}</p>)
    expect([...container.querySelectorAll('bdi')].map((b) => [b.textContent, b.getAttribute('dir')])).toEqual([[quote, 'ltr']])
    expect(container.querySelector('bdi mark')?.textContent).toBe('everyone')
    expect(container.textContent).toBe(text)
  })

  it('ignores a mark outside the text or overlapping the one before', () => {
    const { container } = render(<p>{<MarkedText text="نص قصير" marks={[{ start: 0, end: 2 }, { start: 1, end: 3 }, { start: 5, end: 40 }]} />}</p>)
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['نص'])
    expect(container.textContent).toBe('نص قصير')
  })
})
