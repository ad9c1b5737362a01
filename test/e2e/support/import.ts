import type { Page } from 'playwright-core'
import { expect } from 'vitest'

export interface PickedFile {
  name: string
  mimeType: string
  buffer: Buffer
}

/** Imports files through the page's own file picker, as a person in browser mode does, and waits for the report. */
export async function importThroughPicker(page: Page, files: PickedFile[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await page.click('[data-action="import-files"]')
  await (await chooser).setFiles(files)
  await page.waitForSelector('dialog.import-report[open]')
}

export async function closeImportReport(page: Page): Promise<void> {
  await page.click('dialog.import-report[open] .button')
  await expect.poll(() => page.locator('dialog.import-report[open]').count()).toBe(0)
}
