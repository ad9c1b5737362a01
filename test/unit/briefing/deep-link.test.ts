import { describe, expect, it } from 'vitest'
import { deepLink, parseDeepLink } from '../../../src/core/briefing/deep-link'

describe('deep links', () => {
  it('round-trips a passage and an article', () => {
    expect(deepLink('001_acbe', { start: 12, end: 40 })).toBe('daftar://article/001_acbe?start=12&end=40')
    expect(parseDeepLink('daftar://article/001_acbe?start=12&end=40')).toEqual({ articleId: '001_acbe', range: { start: 12, end: 40 } })
    expect(parseDeepLink(deepLink('001_acbe'))).toEqual({ articleId: '001_acbe' })
  })

  it('encodes ids so a Markdown link destination cannot end early', () => {
    const id = 'مقال (نسخة 2) & تعليق'
    const link = deepLink(id, { start: 1, end: 2 })
    expect(link).not.toMatch(/[ ()]/)
    expect(parseDeepLink(link)).toEqual({ articleId: id, range: { start: 1, end: 2 } })
  })

  it.each([
    'https://article/001?start=1&end=2',
    'daftar://note/001',
    'daftar://article/',
    'daftar://article/001?start=5&end=5',
    'daftar://article/001?start=9&end=3',
    'daftar://article/001?start=1',
    'daftar://article/001?start=1&end=2&start=3',
    'daftar://article/001?start=1&end=2&x=3',
    'daftar://article/001?start=-1&end=2',
    'daftar://article/001?start=1.5&end=2',
    'daftar://article/001?start=1&end=9999999999',
    'daftar://article/..?start=1&end=2',
    'daftar://article/%2e%2e',
    'daftar://article/a%2Fb',
    'daftar://article/a%00b',
    'daftar://article/a/b',
    'daftar://article/%E0%A4%A',
    `daftar://article/${'x'.repeat(3000)}`,
  ])('refuses %s', (raw) => {
    expect(parseDeepLink(raw)).toBeNull()
  })
})
