import { describe, expect, it } from 'vitest'
import { inForeground, QUIET_MS, whenUserIdle } from '../../../src/backend/store/foreground'
import type { ImportReport } from '../../../src/shared/library-api'
import { closeBackend, openHandlers, SEEDS_DIR, valueOf } from '../helpers/backend'
import { makeTempDir } from '../helpers/temp-dir'

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** A request of the user's that runs until `end` is called. */
function heldRequest(): { end: () => void; done: Promise<void> } {
  let end = (): void => {}
  const done = inForeground(() => new Promise<void>((resolve) => (end = resolve)))
  return { end: () => end(), done }
}

/** Whether `promise` has settled by now. */
async function settledNow(promise: Promise<unknown>): Promise<boolean> {
  let settled = false
  void promise.then(() => (settled = true))
  await wait(0)
  return settled
}

describe('background work gives way to the user', () => {
  it('waits while a request runs and for a quiet moment after it, and not at all when none ran', async () => {
    await wait(QUIET_MS) // quiet after any request of an earlier test
    expect(await settledNow(whenUserIdle())).toBe(true)
    const request = heldRequest()
    const idle = whenUserIdle()
    await wait(QUIET_MS * 2)
    expect(await settledNow(idle)).toBe(false)
    request.end()
    await request.done
    await wait(QUIET_MS / 5)
    expect(await settledNow(idle)).toBe(false)
    await idle
  })

  it('the start-up check of every imported file waits while a search is being answered', async () => {
    const dataDir = await makeTempDir('foreground')
    const first = await openHandlers({ dataDir, seedsDir: SEEDS_DIR, workers: 'inline' })
    const files = Array.from({ length: 20 }, (_, k) => ({ name: `f${k}.txt`, data: Buffer.from(`خبر ${k}\nنص قصير رقم ${k}.`).toString('base64') }))
    expect(valueOf<ImportReport>(await first.handlers.importFiles([files])).imported).toHaveLength(20)
    await closeBackend(first.backend)

    const request = heldRequest()
    const second = await openHandlers({ dataDir, seedsDir: SEEDS_DIR, workers: 'inline' })
    // Twenty small files take milliseconds to check; held, the pass has not even begun a second later.
    await wait(1000)
    expect(await settledNow(second.backend.textsRead)).toBe(false)
    request.end()
    await request.done
    await second.backend.textsRead
  })
})
