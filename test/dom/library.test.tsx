import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { Library as LibraryData } from '../../src/shared/api'
import { Library } from '../../src/renderer/src/features/library/Library'
import { seed } from '../support/seeds'

const library = (): LibraryData => ({
  articles: ['000', '001', '002'].map((p) => {
    const a = seed(p)
    return { id: a.id, meta: a.meta, stats: a.stats, contentHash: a.contentHash }
  }),
  failed: [{ id: 'broken', sourceFile: 'broken.txt', code: 'binary', message: 'The file holds binary data, not text.' }],
})

describe('Library', () => {
  it('lists each article with its title, file, word count and reading time', () => {
    const { container } = render(<Library library={library()} activeId={null} positions={{}} onOpen={() => {}} />)
    const items = [...container.querySelectorAll('.library-list > li')]
    expect(items).toHaveLength(3)
    expect(items[0]?.textContent).toContain('Meta’s Superintelligence Drive')
    expect(items[0]?.textContent).toContain('000_fcf6e2d5e2034c53.txt')
    expect(items[0]?.textContent).toContain('402 كلمة')
    expect(items[0]?.textContent).toContain('3 دقائق قراءة')
    expect(items[1]?.textContent).toContain('عنوان مستخرج')
    expect(items[2]?.querySelector('.chip')?.textContent).toBe('تكنولوجيا')
  })

  it('lists files that could not be read, with the reason', () => {
    render(<Library library={library()} activeId={null} positions={{}} onOpen={() => {}} />)
    const failed = screen.getByRole('region', { name: 'ملفات تعذّر فتحها' })
    expect(failed.textContent).toContain('broken.txt')
    expect(failed.textContent).toContain('الملف ليس نصًا')
  })

  it('moves between articles with the arrow keys and opens with a click', () => {
    const onOpen = vi.fn()
    render(<Library library={library()} activeId={library().articles[0]?.id ?? null} positions={{}} onOpen={onOpen} />)
    const buttons = screen.getAllByRole('button')
    buttons[0]?.focus()
    fireEvent.keyDown(buttons[0] as HTMLElement, { key: 'ArrowDown' })
    expect(document.activeElement).toBe(buttons[1])
    fireEvent.keyDown(buttons[1] as HTMLElement, { key: 'End' })
    expect(document.activeElement).toBe(buttons[2])
    fireEvent.click(buttons[2] as HTMLElement)
    expect(onOpen).toHaveBeenCalledWith(library().articles[2]?.id)
    expect(buttons[0]?.getAttribute('aria-current')).toBe('page')
  })
})
