import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { BidiText } from '../../src/renderer/src/ui/BidiText'
import { BlockView } from '../../src/renderer/src/features/reader/BlockView'
import { ArticleHeader } from '../../src/renderer/src/features/reader/ArticleHeader'
import { parseArticleFile } from '../../src/core/corpus/parse-article'
import { seed, seedBytes, seedFiles, sha256 } from '../support/seeds'

describe('BidiText', () => {
  it('wraps each Latin run in <bdi dir="ltr"> and adds no characters', () => {
    const text = 'استثمرت ميتا 14.3 مليار دولار في شركة Scale AI، ونموذج Llama 4.'
    const { container } = render(
      <p>
        <BidiText text={text} start={0} end={text.length} />
      </p>,
    )
    const bdis = [...container.querySelectorAll('bdi')]
    expect(bdis.map((b) => [b.textContent, b.getAttribute('dir')])).toEqual([
      ['Scale AI', 'ltr'],
      ['Llama 4', 'ltr'],
    ])
    expect(container.textContent).toBe(text)
  })
})

describe('BlockView', () => {
  const article = seed('003')

  it('renders paragraphs, headings and captions with their offsets, and never chrome', () => {
    const { container } = render(
      <div>
        {article.blocks.map((block) => (
          <BlockView key={block.start} text={article.text} block={block} />
        ))}
      </div>,
    )
    const rendered = [...container.querySelectorAll<HTMLElement>('[data-start]')].filter((el) => el.classList.contains('block'))
    for (const el of rendered) {
      const start = Number(el.dataset['start'])
      const end = Number(el.dataset['end'])
      expect(el.textContent).toBe(article.text.slice(start, end))
    }
    expect(container.textContent).not.toContain('8 hours ago')
    expect(container.textContent).not.toContain('اذهب للمصدر')
    expect(container.querySelectorAll('[data-kind="caption"]')).toHaveLength(1)
    expect(container.querySelectorAll('[data-kind="chrome"]')).toHaveLength(0)
  })
})

describe('ArticleHeader', () => {
  it('shows an English title left-to-right and in English', () => {
    render(<ArticleHeader article={seed('000')} />)
    const title = screen.getByRole('heading', { level: 1 })
    expect(title.getAttribute('dir')).toBe('ltr')
    expect(title.getAttribute('lang')).toBe('en')
    expect(title.textContent).toBe('Meta’s Superintelligence Drive Sparks Internal Rifts and Talent Exodus')
  })

  it('marks a derived title and explains it', () => {
    const { container } = render(<ArticleHeader article={seed('001')} />)
    const title = screen.getByRole('heading', { level: 1 })
    expect(title.classList.contains('derived')).toBe(true)
    expect(title.hasAttribute('data-start')).toBe(false)
    expect(container.querySelector('.derived-note')?.textContent).toContain('العنوان مأخوذ من جملته الأولى')
  })

  it('shows a title line’s character references decoded, as text', () => {
    const body = seedBytes(seedFiles()[2] as string).toString('utf8').replace(/^[^\n]*\n/, '')
    const parsed = parseArticleFile('t.txt', Buffer.from(`منصة &quot;دليل رمضان&quot; &lt;b&gt;جديدة&lt;/b&gt;\n${body}`), sha256)
    if (!parsed.ok) throw new Error(parsed.error.message)
    const { container } = render(<ArticleHeader article={parsed.article} />)
    const title = screen.getByRole('heading', { level: 1 })
    expect(title.textContent).toBe('منصة "دليل رمضان" <b>جديدة</b>')
    expect(title.getAttribute('dir')).toBe('rtl')
    expect(container.querySelector('b')).toBeNull()
  })

  it('shows the category and the relative timestamp', () => {
    const { container } = render(<ArticleHeader article={seed('002')} />)
    expect(container.querySelector('.chip')?.textContent).toBe('تكنولوجيا')
    render(<ArticleHeader article={seed('003')} />)
    const time = screen.getByText('8 hours ago')
    expect(time.tagName).toBe('BDI')
    // A relative time is not a publication date: labelled as printed, never "نُشر".
    expect(time.parentElement?.textContent).toBe('ورد في المقال: 8 hours ago')
    expect(container.ownerDocument.body.textContent).not.toContain('نُشر')
  })
})
