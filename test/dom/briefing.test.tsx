import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { buildBriefing } from '../../src/core/briefing/build-briefing'
import type { BriefingOptions, BriefingScope } from '../../src/core/briefing/scope'
import type { Entity } from '../../src/core/entities/types'
import { BriefingPreview } from '../../src/renderer/src/features/briefing/BriefingPreview'
import { ExportDialog } from '../../src/renderer/src/features/briefing/ExportDialog'
import { briefingHtml } from '../../src/renderer/src/features/briefing/render-preview'
import { fragmentLinkEvents, linkFromHash } from '../../src/renderer/src/lib/fragment-links'
import { I18nProvider } from '../../src/renderer/src/i18n/I18nProvider'

const entity: Entity = { id: 'scale-ai', type: 'org', nameAr: 'سكيل إيه آي', nameLatin: 'Scale AI', aliases: [], description: '', createdAt: '', updatedAt: '' }
const calls: { method: string; args: unknown[] }[] = []
vi.mock('../../src/renderer/src/lib/api', () => ({
  api: {
    buildBriefing: async (scope: BriefingScope, options: BriefingOptions) => {
      calls.push({ method: 'buildBriefing', args: [scope, options] })
      const built = buildBriefing({ articles: [], entities: [entity], highlights: [], notes: [], mentionsIn: () => [] }, scope, options, { now: () => new Date('2025-03-01T00:00:00Z') })
      return built.ok ? { ok: true, value: built.briefing } : { ok: false, error: { code: 'invalid-request', message: built.message, details: { reason: built.reason } } }
    },
    saveBriefing: async (scope: BriefingScope, options: BriefingOptions) => {
      calls.push({ method: 'saveBriefing', args: [scope, options] })
      return { ok: true, value: { kind: 'cancelled' } }
    },
  },
}))

beforeEach(() => {
  calls.length = 0
})

describe('the preview HTML keeps only what a briefing holds', () => {
  it('keeps direction wrappers, anchors (prefixed) and citation links', () => {
    const html = briefingHtml('<div dir="rtl">\n\n## <a id="entity-x"></a>اسم\n\n> نص\n\n— [عنوان](daftar://article/001?start=1&end=4) [قسم](#entity-x)\n\n</div>\n')
    const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html')
    expect(doc.querySelector('div')?.getAttribute('dir')).toBe('rtl')
    expect(doc.querySelector('h2 a')?.id).toBe('briefing-preview-entity-x')
    expect([...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'))).toEqual(['daftar://article/001?start=1&end=4', '#entity-x'])
  })

  it.each([
    ['<img src=x onerror="alert(1)">', 'img'],
    ['<script>alert(1)</script>', 'script'],
    ['<iframe src="https://evil.example"></iframe>', 'iframe'],
    ['<div dir="rtl" onclick="alert(1)" style="color:red">x</div>', '[onclick],[style]'],
    ['<a href="javascript:alert(1)">x</a>', 'a[href]'],
    ['[x](javascript:alert(1))', 'a[href]'],
    ['<a href="data:text/html,x">x</a>', 'a[href]'],
    ['<span dir="&quot;><b>">x</span>', '[dir]'],
    ['<svg><a xlink:href="javascript:alert(1)">x</a></svg>', 'svg'],
    ['<form action="https://evil.example"><input name=x></form>', 'form,input'],
  ])('drops %s even if a briefing held it', (markdown, selector) => {
    const doc = new DOMParser().parseFromString(`<body>${briefingHtml(`${markdown}\n`)}</body>`, 'text/html')
    expect(doc.body.querySelector(selector)).toBeNull()
  })

  it('opens web links outside the app', () => {
    const html = briefingHtml('[site](https://example.com/)\n')
    expect(html).toContain('target="_blank"')
    expect(html).toContain('rel="noopener noreferrer"')
  })
})

describe('the preview', () => {
  it('opens the passage of a clicked citation', () => {
    const onOpenLink = vi.fn()
    render(
      <I18nProvider locale="ar">
        <BriefingPreview html={briefingHtml('— [عنوان](daftar://article/001?start=3&end=9)\n')} dir="rtl" onOpenLink={onOpenLink} />
      </I18nProvider>,
    )
    fireEvent.click(screen.getByText('عنوان'))
    expect(onOpenLink).toHaveBeenCalledExactlyOnceWith({ articleId: '001', range: { start: 3, end: 9 } })
  })
})

describe('the export dialog', () => {
  const renderDialog = (last?: Parameters<typeof ExportDialog>[0]['last']) =>
    render(
      <I18nProvider locale="ar">
        <ExportDialog open onClose={() => {}} entities={[entity]} articles={[]} last={last} onRemember={() => {}} onOpenLink={() => {}} onError={() => {}} toast={() => {}} />
      </I18nProvider>,
    )

  it('says so when the scope is empty, and offers no save', async () => {
    renderDialog()
    await screen.findByText(/لا شيء لتصديره في هذا النطاق/)
    expect(screen.getByRole('button', { name: 'احفظ الإحاطة' })).toHaveProperty('disabled', true)
  })

  it('starts from the last export settings and previews them, right to left', async () => {
    renderDialog({ scope: { kind: 'entities', entityIds: ['scale-ai', 'gone'] }, options: { lang: 'ar', sections: { entities: true, articles: false, sources: true } } })
    await waitFor(() => expect(document.querySelector('.briefing-preview h1')?.textContent).toBe('إحاطة: سكيل إيه آي'))
    expect(calls.at(-1)?.args[0]).toEqual({ kind: 'entities', entityIds: ['scale-ai'] })
    expect(document.querySelector('.briefing-preview')?.getAttribute('dir')).toBe('rtl')
    fireEvent.click(screen.getByRole('button', { name: 'احفظ الإحاطة' }))
    await waitFor(() => expect(calls.some((c) => c.method === 'saveBriefing')).toBe(true))
  })

  it('leaves out merely mentioned entities unless "every entity mentioned" is ticked (everything and articles scopes only)', async () => {
    const everything = { lang: 'ar' as const, sections: { entities: true, articles: false, sources: true } }
    const { unmount } = renderDialog({ scope: { kind: 'everything' }, options: everything })
    const box = await screen.findByRole('checkbox', { name: /كل كيان مذكور/ })
    expect(box).toHaveProperty('checked', false)
    await waitFor(() => expect(calls.at(-1)?.args[1]).toEqual(everything))
    fireEvent.click(box)
    await waitFor(() => expect(calls.at(-1)?.args[1]).toEqual({ ...everything, allEntities: true }))
    unmount()
    // Remembered, and offered only where it means something.
    renderDialog({ scope: { kind: 'articles', articleIds: [] }, options: { ...everything, allEntities: true } })
    expect(await screen.findByRole('checkbox', { name: /كل كيان مذكور/ })).toHaveProperty('checked', true)
    fireEvent.click(screen.getByRole('checkbox', { name: 'قسم لكل كيان' }))
    expect(screen.queryByRole('checkbox', { name: /كل كيان مذكور/ })).toBeNull()
  })
})

describe('browser mode: deep links as the URL fragment', () => {
  it('reads the link from the fragment', () => {
    expect(linkFromHash('#daftar://article/001?start=1&end=5')).toEqual({ articleId: '001', range: { start: 1, end: 5 } })
    expect(linkFromHash('#daftar://article/%D9%85%D9%82%D8%A7%D9%84')).toEqual({ articleId: 'مقال' })
    expect(linkFromHash('#entity-x')).toBeNull()
    expect(linkFromHash('')).toBeNull()
  })

  it('delivers the link the page opened with and each later one, then drops it from the address', async () => {
    window.history.replaceState(null, '', '/#daftar://article/001?start=1&end=5')
    const listener = vi.fn()
    const dispose = fragmentLinkEvents(window).onOpenLink(listener)
    await Promise.resolve()
    expect(listener).toHaveBeenLastCalledWith({ articleId: '001', range: { start: 1, end: 5 } })
    expect(window.location.hash).toBe('')
    window.location.hash = '#daftar://article/002'
    await waitFor(() => expect(listener).toHaveBeenLastCalledWith({ articleId: '002' }))
    dispose()
    window.location.hash = '#daftar://article/003'
    await new Promise((r) => setTimeout(r, 20))
    expect(listener).toHaveBeenCalledTimes(2)
  })

  it('delivers nothing to a subscription disposed before its first turn (React strict mode)', async () => {
    window.history.replaceState(null, '', '/#daftar://article/004')
    const first = vi.fn()
    fragmentLinkEvents(window).onOpenLink(first)()
    const second = vi.fn()
    const dispose = fragmentLinkEvents(window).onOpenLink(second)
    await Promise.resolve()
    expect(first).not.toHaveBeenCalled()
    expect(second).toHaveBeenCalledExactlyOnceWith({ articleId: '004' })
    dispose()
  })
})

describe('the preview HTML: links', () => {
  it.each(['index.html', '/api/getSettings', '//evil.example/x', 'file:///etc/passwd', 'ftp://x'])('drops a link to %s', (href) => {
    const doc = new DOMParser().parseFromString(`<body>${briefingHtml(`<a href="${href}">x</a> [y](${href})\n`)}</body>`, 'text/html')
    expect(doc.querySelectorAll('a[href]')).toHaveLength(0)
  })
})
