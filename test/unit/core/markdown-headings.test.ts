import { describe, expect, it } from 'vitest'
import { buildArticle } from '../../../src/core/corpus/parse-article'
import { sha256 } from '../../support/seeds'

const MD = '# تقرير عن ميتا\n\nأعلنت ميتا عن مختبر جديد للذكاء الاصطناعي يضم باحثين من جامعات عدة.\n\n## التمويل\n\nقالت الشركة إن التمويل سيأتي من أرباح الإعلانات.\n\n#هاشتاغ ليس عنوانًا\n'

describe('an imported Markdown file', () => {
  const article = buildArticle('md', 'report.md', MD, 'utf-8', sha256)
  const textOf = (kind: string): string[] => article.blocks.filter((b) => b.kind === kind).map((b) => article.text.slice(b.start, b.end))

  it('takes its title from the first "# " heading, without the hashes', () => {
    expect(article.meta.title).toBe('تقرير عن ميتا')
    expect(article.meta.titleSource).toBe('line')
    expect(textOf('title')).toEqual(['تقرير عن ميتا'])
  })

  it('reads "## " lines as headings whose hashes are markup, not text', () => {
    expect(textOf('heading')).toEqual(['التمويل'])
  })

  it('keeps the text byte for byte (offsets never move) and a hashtag as a paragraph', () => {
    expect(article.text).toBe(MD)
    expect(textOf('paragraph')).toContain('#هاشتاغ ليس عنوانًا')
  })

  it('hides the direction wrappers and section anchors of a re-imported briefing, keeping its text', () => {
    const briefing = '<div dir="rtl">\n\n# إحاطة: سكيل إيه آي\n\n## <a id="entity-scale-ai"></a>سكيل إيه آي\n\n> اقتباس من المقال\n\n</div>\n'
    const re = buildArticle('b', 'briefing.md', briefing, 'utf-8', sha256)
    const shown = re.blocks.filter((b) => b.kind !== 'chrome').map((b) => [b.kind, re.text.slice(b.start, b.end)])
    expect(shown).toEqual([
      ['title', 'إحاطة: سكيل إيه آي'],
      ['heading', 'سكيل إيه آي'],
      ['paragraph', '> اقتباس من المقال'],
    ])
    expect(re.blocks.filter((b) => b.role === 'markup').map((b) => re.text.slice(b.start, b.end))).toEqual(['<div dir="rtl">', '</div>'])
  })
})
