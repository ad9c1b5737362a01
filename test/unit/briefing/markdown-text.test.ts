import { describe, expect, it } from 'vitest'
import { escapeInline, paragraphLines, prefixLines } from '../../../src/core/briefing/markdown-text'
import { all, parseMarkdown, textOf } from '../../support/markdown'
import { seededRandom } from '../helpers/clock'
import { blockTexts, seed } from '../../support/seeds'

/** Text through paragraphLines, in a blockquote, read back by a CommonMark/GFM parser. */
function roundTrip(text: string): { text: string; types: string[] } {
  const tree = parseMarkdown(`${prefixLines(paragraphLines(text), '> ')}\n`)
  const quote = tree.children[0]
  return { text: quote ? textOf(quote) : '', types: tree.children.map((c) => c.type) }
}

const HOSTILE_LINES = [
  '# not a heading',
  '- not a list',
  '+ not a list',
  '1. not a list',
  '2025) not a list',
  '> not a quote',
  '    four spaces, not code',
  '\tA tab, not code',
  '```js',
  '~~~',
  '---',
  '***',
  '===',
  '| a | b |',
  '<div onclick="x">raw</div>',
  '<script>alert(1)</script>',
  '[link](javascript:alert(1))',
  '![img](x)',
  '*emphasis* and **strong** and _under_ and ~~strike~~',
  '`code` and ``double``',
  'a\\b\\',
  '&amp; &#65; &copy;',
  '[^1] footnote',
  '$x^2$ math $$y$$',
  '==mark== %%comment%% :smile:',
  'trailing spaces   ',
  '  leading spaces',
  'http://example.com www.example.com a@b.co',
  'Meta أعلنت 14.3 مليار دولار (MSL)، Scale AI.',
]

describe('paragraphLines: text in, the same text out of a Markdown parser', () => {
  it.each(HOSTILE_LINES)('keeps %j as its characters, in one quote paragraph', (line) => {
    const { text, types } = roundTrip(line)
    expect(types).toEqual(['blockquote'])
    expect(text).toBe(line)
  })

  it('keeps line breaks and blank lines inside one paragraph', () => {
    const text = 'سطر أول\n- سطر ثانٍ\n\n# سطر بعد سطر فارغ\n   مسافات في أوله'
    expect(roundTrip(text).text).toBe(text)
    expect(all(parseMarkdown(prefixLines(paragraphLines(text), '> ')), 'paragraph')).toHaveLength(1)
  })

  it('keeps every paragraph of the seed articles exactly', () => {
    for (const n of ['000', '001', '002', '003', '004']) for (const p of blockTexts(seed(n), 'paragraph')) expect(roundTrip(p).text).toBe(p)
  })

  it('keeps random mixes of Markdown punctuation, Arabic and spaces exactly (500 cases)', () => {
    const random = seededRandom(6)
    const alphabet = ['\\', '`', '*', '_', '[', ']', '(', ')', '<', '>', '#', '!', '|', '~', '$', '&', ';', '=', '%', ':', '-', '+', '.', '1', ' ', ' ', '\t', '\n', 'a', 'Z', 'م', 'ع', 'ً', '،', '«', '»', '"', "'", '{', '}', '^', '@']
    for (let i = 0; i < 500; i++) {
      const length = 1 + Math.floor(random() * 40)
      let text = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('')
      text = text.replace(/^\s+|\s+$/g, '') || 'x' // quotes are trimmed (highlights never start or end with whitespace)
      expect(roundTrip(text).text, JSON.stringify(text)).toBe(text)
    }
  })
})

describe('escapeInline', () => {
  it('leaves Arabic and ordinary punctuation alone', () => {
    expect(escapeInline('قال: «نعم»، ثم (غادر).')).toBe('قال: «نعم»، ثم (غادر).')
  })
})
