import { chromium, type Browser } from 'playwright-core'
import type { Result } from '../../src/shared/result'
import type { RunningWebServer } from '../support/web-server-process'

const CHROMIUM = '/usr/bin/chromium'
const CHROMIUM_ARGS = ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

/** Debian's Chromium, headless, with nothing reaching for the network: the browser every paint figure is measured in. */
export const launchBenchChromium = (): Promise<Browser> => chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS })

/** One API call to a browser-mode server process, as the page makes it; a failed Result throws. */
export async function callApi<T>(server: RunningWebServer, method: string, args: unknown[]): Promise<T> {
  const response = await fetch(`${server.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Daftar-Token': server.token },
    body: JSON.stringify({ args }),
  })
  const result = (await response.json()) as Result<T>
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`)
  return result.value
}
