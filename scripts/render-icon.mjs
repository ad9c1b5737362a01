#!/usr/bin/env node
// Renders resources/icon.svg to resources/icon.png (1024×1024, transparent corners) in Chromium:
// electron-builder makes every platform's icon (.icns, .ico, the Linux sizes) from one large PNG,
// and reads no SVG. Run again after changing the SVG: `node scripts/render-icon.mjs`.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-core'

const root = new URL('..', import.meta.url).pathname
const SIZE = 1024
const svg = readFileSync(join(root, 'resources/icon.svg'), 'utf8')

const browser = await chromium.launch({ executablePath: process.env['DAFTAR_CHROMIUM'] ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] })
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE } })
  await page.setContent(`<style>html,body{margin:0;background:transparent}img{display:block;width:${SIZE}px;height:${SIZE}px}</style><img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}">`)
  await page.locator('img').evaluate((img) => img.decode())
  await page.screenshot({ path: join(root, 'resources/icon.png'), omitBackground: true })
} finally {
  await browser.close()
}
