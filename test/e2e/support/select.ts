import type { JSHandle, Page } from 'playwright-core'

type Box = { left: number; right: number; top: number; width: number; height: number }

/** In the page: where a phrase starts in the article's text, and the DOM point of any text offset. */
export interface Found {
  at: number
  /** 'character': the node holding the character at `offset`; 'boundary': a point just before it (may be a node's end). */
  point(offset: number, side: 'character' | 'boundary'): [Text, number]
}

/** Finds the first occurrence of `phrase` in the text nodes of `root` (throws in the page when it is not there). */
export function locate(page: Page, phrase: string, root = 'article'): Promise<JSHandle<Found>> {
  return page.evaluateHandle(
    ([needle, within]) => {
      const body = document.querySelector(within) as HTMLElement
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT)
      const nodes: Text[] = []
      let all = ''
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push(n as Text)
        all += (n as Text).data
      }
      const at = all.indexOf(needle)
      if (at < 0) throw new Error(`"${needle}" is not on the page`)
      const point = (offset: number, side: 'character' | 'boundary'): [Text, number] => {
        let rest = offset
        for (const node of nodes) {
          if (side === 'character' ? rest < node.length : rest <= node.length) return [node, rest]
          rest -= node.length
        }
        throw new Error('offset past the text')
      }
      return { at, point }
    },
    [phrase, root] as const,
  )
}

/** Screen boxes of the first character of `phrase` and of the character after it (first occurrence). */
export async function phraseEdges(page: Page, phrase: string): Promise<{ first: Box; after: Box }> {
  const found = await locate(page, phrase)
  const edges = await page.evaluate(
    ([{ at, point }, length]) => {
      const box = (offset: number): Box => {
        const [node, rest] = point(offset, 'character')
        const range = document.createRange()
        range.setStart(node, rest)
        range.setEnd(node, rest + 1)
        const r = range.getBoundingClientRect()
        return { left: r.left, right: r.right, top: r.top, width: r.width, height: r.height }
      }
      return { first: box(at), after: box(at + length) }
    },
    [found, phrase.length] as const,
  )
  await found.dispose()
  return edges
}

/**
 * Drags the mouse over `phrase` as a reader does: from the start of its first character to the
 * start of the character after it. In right-to-left text a character starts at its right edge.
 * (Ending on the phrase's own last letter is ambiguous where a Latin run meets Arabic: Chromium
 * resolves the edge of "AI" to a position before it; readers drag on to the next character.)
 */
export async function dragSelect(page: Page, phrase: string): Promise<void> {
  const { first, after } = await phraseEdges(page, phrase)
  const startX = first.right - first.width * 0.25
  const endX = after.right - after.width * 0.25
  await page.mouse.move(startX, first.top + first.height / 2)
  await page.mouse.down()
  await page.mouse.move((startX + endX) / 2, (first.top + after.top + after.height) / 2, { steps: 5 })
  await page.mouse.move(endX, after.top + after.height / 2, { steps: 5 })
  await page.mouse.up()
}

/** Scrolls the paragraph holding `phrase` to the middle of the reader. */
export async function showPhrase(page: Page, phrase: string): Promise<void> {
  await page.evaluate((needle) => {
    const block = [...document.querySelectorAll('article .block')].find((el) => el.textContent?.includes(needle))
    if (!block) throw new Error(`"${needle}" is not on the page`)
    block.scrollIntoView({ block: 'center' })
  }, phrase)
}

/** Selects `phrase` (its first occurrence in the article) with a DOM Range, as a keyboard user could. */
export async function selectPhrase(page: Page, phrase: string): Promise<void> {
  const found = await locate(page, phrase)
  await page.evaluate(
    ([{ at, point }, length]) => {
      const range = document.createRange()
      range.setStart(...point(at, 'boundary'))
      range.setEnd(...point(at + length, 'boundary'))
      document.getSelection()?.removeAllRanges()
      document.getSelection()?.addRange(range)
    },
    [found, phrase.length] as const,
  )
  await found.dispose()
}
