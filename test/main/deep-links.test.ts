import { describe, expect, it, vi } from 'vitest'
import { DeepLinkRouter, deepLinkInArgv } from '../../src/main/deep-links'
import { eventChannels } from '../../src/shared/channels'

describe('deep links in the shell', () => {
  it('finds the daftar:// argument among the ones the OS passes (Windows and Linux)', () => {
    expect(deepLinkInArgv(['/opt/Daftar/daftar', '--no-sandbox', 'daftar://article/001?start=3&end=9'])).toEqual({ articleId: '001', range: { start: 3, end: 9 } })
    expect(deepLinkInArgv(['daftar', 'DAFTAR://article/002'])).toEqual({ articleId: '002' })
    expect(deepLinkInArgv(['daftar', 'daftar://article/../x', 'https://evil.example'])).toBeNull()
    expect(deepLinkInArgv([])).toBeNull()
  })

  it('holds a link until the page has loaded, then sends it, then sends the next ones at once', () => {
    const router = new DeepLinkRouter()
    expect(router.open('daftar://article/001?start=1&end=5')).toBe(true)
    const target = { send: vi.fn() }
    router.attach(target)
    expect(target.send).toHaveBeenCalledExactlyOnceWith(eventChannels.onOpenLink, { articleId: '001', range: { start: 1, end: 5 } })
    router.open('daftar://article/002')
    expect(target.send).toHaveBeenLastCalledWith(eventChannels.onOpenLink, { articleId: '002' })
  })

  it('never forwards what does not parse as a deep link', () => {
    const router = new DeepLinkRouter()
    const target = { send: vi.fn() }
    router.attach(target)
    for (const raw of ['javascript:alert(1)', 'daftar://article/x?start=9&end=1', 'daftar://settings', '']) expect(router.open(raw)).toBe(false)
    expect(target.send).not.toHaveBeenCalled()
  })
})
