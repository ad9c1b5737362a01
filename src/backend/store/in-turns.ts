/** How long work over many items runs before letting the event loop turn: well under the 50 ms a block may last. */
const TURN_MS = 20
/** Items between two looks at the clock (reading it costs more than most items). */
const ITEMS_PER_LOOK = 256

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

/**
 * `each` over every item, letting the event loop run about every 20 ms: what the start-up does for
 * each of 100,000 articles (a few microseconds apiece) must not hold up other requests, timers or
 * the IPC for the whole of it.
 */
export async function forEachInTurns<T>(items: Iterable<T>, each: (item: T) => void, itemsPerLook = ITEMS_PER_LOOK): Promise<void> {
  let turnStarted = performance.now()
  let count = 0
  for (const item of items) {
    each(item)
    if (++count % itemsPerLook === 0 && performance.now() - turnStarted > TURN_MS) {
      await nextTurn()
      turnStarted = performance.now()
    }
  }
}

let sliceStarted = performance.now()
let lastAsked = performance.now()

/**
 * Lets the event loop turn if the thread has been busy for a while: for work that runs as many
 * concurrent tasks (files read 32 at a time, each parsed when it arrives), where one task cannot
 * know how long the others held the thread. Calls close together are taken for one stretch of
 * work; the first one past TURN_MS into it yields and starts a new slice, the others carry on in
 * that slice until it is spent, so a turn stays near TURN_MS. After a pause the thread was free:
 * a new slice starts without yielding.
 */
export async function yieldIfBusy(): Promise<void> {
  const now = performance.now()
  const paused = now - lastAsked > TURN_MS
  lastAsked = now
  if (paused) sliceStarted = now
  if (now - sliceStarted < TURN_MS) return
  await nextTurn()
  sliceStarted = lastAsked = performance.now()
}
