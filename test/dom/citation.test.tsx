import { describe, expect, it } from 'vitest'
import { parseDeepLink } from '../../src/core/briefing/deep-link'
import { citation } from '../../src/renderer/src/features/highlights/citation'

describe('the citation copied with a quote', () => {
  it('gives the exact words, the title and file, and the same deep link a briefing cites', () => {
    const meta = { title: 'ميتا تستثمر في Scale AI', sourceFile: 'تقرير (نسخة 2).txt', titleDerived: false }
    const copied = citation('استثمارًا ضخمًا', 'تقرير (نسخة 2)', meta as never, 120, 135)
    const [quote, source] = copied.split('\n')
    expect(quote).toBe('«استثمارًا ضخمًا»')
    expect(source).toMatch(/^— ميتا تستثمر في Scale AI \(تقرير \(نسخة 2\)\.txt\) daftar:\/\/article\//)
    const link = source?.split(' ').at(-1) as string
    // Parentheses in the id are escaped, so the link survives being pasted into a Markdown link.
    expect(link).not.toMatch(/[()]/)
    expect(parseDeepLink(link)).toEqual({ articleId: 'تقرير (نسخة 2)', range: { start: 120, end: 135 } })
  })
})
