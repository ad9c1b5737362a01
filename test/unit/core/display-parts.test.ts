import { describe, expect, it } from 'vitest'
import { displayCuts, PART_LENGTH } from '../../../src/core/text/display-parts'

const words = ['الحكومة', 'أعلنت', 'اليوم', 'عن', 'خطة', 'جديدة', 'للاقتصاد', 'وقال', 'المتحدث']
const paragraph = (n: number): string => Array.from({ length: n }, (_, i) => words[i % words.length] + (i % 13 === 12 ? '.' : '')).join(' ')

describe('display cuts of a long paragraph', () => {
  it('leaves a short paragraph whole', () => {
    expect(displayCuts('قال المتحدث.', 0, 12)).toEqual([])
  })

  it('cuts a 1 MiB paragraph into parts of about PART_LENGTH, after a sentence, offsets unchanged', () => {
    const text = paragraph(150_000)
    const cuts = displayCuts(text, 0, text.length)
    const edges = [0, ...cuts, text.length]
    for (let i = 1; i < edges.length; i++) {
      const size = (edges[i] as number) - (edges[i - 1] as number)
      expect(size).toBeGreaterThan(0)
      expect(size).toBeLessThanOrEqual(PART_LENGTH * 1.5)
    }
    for (const cut of cuts) expect(text.slice(cut - 2, cut)).toMatch(/\. $/)
    expect(
      edges
        .slice(1)
        .map((e, i) => text.slice(edges[i], e))
        .join(''),
    ).toBe(text)
  })

  it('never cuts inside a combining mark or a surrogate pair, even in text without spaces', () => {
    const text = 'بَ😀'.repeat(3000)
    const cuts = displayCuts(text, 0, text.length)
    expect(cuts.length).toBeGreaterThan(0)
    for (const cut of cuts) {
      expect(text.charCodeAt(cut)).not.toBe(0x064e)
      expect(text.charCodeAt(cut) >= 0xdc00 && text.charCodeAt(cut) <= 0xdfff).toBe(false)
    }
  })
})
