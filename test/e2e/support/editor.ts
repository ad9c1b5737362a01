import type { EditorView } from '@tiptap/pm/view'
import type { Page } from 'playwright-core'
import { expect } from 'vitest'

/**
 * Clicks into the editor and waits until ProseMirror has taken the caret from the DOM: it reads
 * the selection on the browser's (asynchronous) selectionchange, and a key pressed before that
 * (Playwright is that fast; people are not) would act where the caret was before the click.
 */
export async function clickInto(page: Page, selector: string): Promise<void> {
  const target = page.locator(selector).first()
  await target.click()
  await expect
    .poll(() =>
      target.evaluate((el) => {
        const view = (el.closest('.ProseMirror') as (HTMLElement & { editor?: { view: EditorView } }) | null)?.editor?.view
        return view ? el.contains(view.domAtPos(view.state.selection.head).node) : false
      }),
    )
    .toBe(true)
}


/**
 * Presses End and waits until ProseMirror's selection is at the end of its block. Like a click, the
 * key moves the DOM caret first and ProseMirror reads it on selectionchange: an Enter pressed before
 * that would split the paragraph where the caret was.
 */
export async function pressEnd(page: Page): Promise<void> {
  await page.keyboard.press('End')
  await expect
    .poll(() =>
      page.evaluate(() => {
        const view = (document.querySelector('.ProseMirror') as (HTMLElement & { editor?: { view: EditorView } }) | null)?.editor?.view
        const head = view?.state.selection.$head
        return head ? head.parentOffset === head.parent.content.size : false
      }),
    )
    .toBe(true)
}
