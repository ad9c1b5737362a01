import { describe, expect, it } from 'vitest'
import { decodeCharacterReferences } from '../../../src/core/corpus/character-references'
import { parseArticleFile } from '../../../src/core/corpus/parse-article'
import { seedBytes, seedFiles, sha256 } from '../../support/seeds'

/** A seed's body under a new first line: a text file whose title is `title`. */
function withTitle(title: string): { text: string; bytes: Buffer } {
  const body = seedBytes(seedFiles()[2] as string).toString('utf8').replace(/^[^\n]*\n/, '')
  const text = `${title}\n${body}`
  return { text, bytes: Buffer.from(text) }
}

describe('a text file whose title line carries HTML character references', () => {
  it('shows the title decoded and keeps the text (and so every offset and the hash) as it is', () => {
    const { text, bytes } = withTitle('منصة &quot;دليل رمضان&quot; &amp; Google Play &#8212; &#x645;وسم')
    const parsed = parseArticleFile('ramadan.txt', bytes, sha256)
    if (!parsed.ok) throw new Error(parsed.error.message)
    expect(parsed.article.meta.title).toBe('منصة "دليل رمضان" & Google Play \u2014 موسم')
    expect(parsed.article.meta.titleDir).toBe('rtl')
    expect(parsed.article.text).toBe(text)
    expect(parsed.article.contentHash).toBe(sha256(text))
    const titleBlock = parsed.article.blocks.find((b) => b.kind === 'title')
    expect(titleBlock && text.slice(titleBlock.start, titleBlock.end)).toContain('&quot;دليل رمضان&quot;')
  })

  it('decodes the same references in a title derived from the first sentence', () => {
    const parsed = parseArticleFile('derived.txt', Buffer.from('قالت الشركة إن &quot;المنصة&quot; جاهزة للعمل منذ اليوم، وأضافت أن الخدمة مجانية.\n'), sha256)
    if (!parsed.ok) throw new Error(parsed.error.message)
    expect(parsed.article.meta.titleSource).toBe('derived')
    expect(parsed.article.meta.title).toBe('قالت الشركة إن "المنصة" جاهزة للعمل منذ اليوم')
  })
})

describe('decoding character references in a title', () => {
  it.each([
    ['&quot;a&quot; &amp; &nbsp;b', '"a" & \u00a0b'],
    ['&#8212; &#x645; &#X646;', '\u2014 \u0645 \u0646'],
    ['&laquo;عنوان&raquo; &hellip;', '\u00abعنوان\u00bb \u2026'],
  ])('decodes the well-formed references in %j', (input, expected) => {
    expect(decodeCharacterReferences(input)).toBe(expected)
  })

  it.each([
    ['no semicolon', '&quot عنوان &amp'],
    ['an unknown name', '&notaname; &Quot;'],
    ['a bare ampersand', 'AT&T و& أخواتها'],
    ['an empty or broken number', '&#; &#x; &#xZZ; &# 65;'],
    ['out of range or a surrogate', '&#1114112; &#xD800; &#99999999;'],
    ['a control character', '&#0; &#10; &#x7F; &#x85;'],
    ['a bidi override or isolate', '&#x202E;evil&#x202C; &#x2066;x&#x2069; &#x200F;'],
    ['a noncharacter', '&#xFFFE; &#xFDD0;'],
  ])('leaves %s exactly as written', (_label, input) => {
    expect(decodeCharacterReferences(input)).toBe(input)
  })

  it('decodes once: an escaped reference becomes the reference, not the character', () => {
    expect(decodeCharacterReferences('&amp;quot; &amp;lt;b&amp;gt;')).toBe('&quot; &lt;b&gt;')
  })

  it('makes markup only as text: a decoded tag is characters in the title, never an element', () => {
    const parsed = parseArticleFile('tag.txt', withTitle('خبر &lt;img src=x onerror=alert(1)&gt; &lt;b&gt;عاجل&lt;/b&gt;').bytes, sha256)
    if (!parsed.ok) throw new Error(parsed.error.message)
    expect(parsed.article.meta.title).toBe('خبر <img src=x onerror=alert(1)> <b>عاجل</b>')
    expect(parsed.article.meta.format).toBeUndefined()
  })
})
