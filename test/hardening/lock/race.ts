import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { bundleChild } from '../bundle-child'

/** The contender as one plain-Node file, so a hundred of them start without a transpiler each. */
export const bundleContender = (): Promise<string> => bundleChild(join(import.meta.dirname, 'contender.ts'), 'lock-contender.mjs')

export interface RaceOutcome {
  /** Pids of the contenders that said they hold the lock. */
  opened: number[]
  /** For each refused contender, the pid its refusal named. */
  refusedNaming: number[]
  failed: string[]
}

interface Contender {
  child: ChildProcess
  lines: AsyncIterator<string>
}

async function nextLine(c: Contender): Promise<string> {
  const { value, done } = await c.lines.next()
  return done ? `failed exited (${c.child.exitCode ?? c.child.signalCode})` : value
}

/**
 * Starts `count` contenders on `dataDir`, waits until every one is loaded, tells them all to go at
 * once, and collects their answers while the winner still holds the lock.
 */
export async function raceForLock(script: string, dataDir: string, count: number): Promise<RaceOutcome> {
  const contenders: Contender[] = []
  try {
    for (let i = 0; i < count; i++) {
      const child = spawn(process.execPath, [script, dataDir], { stdio: ['pipe', 'pipe', 'inherit'] })
      contenders.push({ child, lines: createInterface({ input: child.stdout! })[Symbol.asyncIterator]() })
    }
    const greetings = await Promise.all(contenders.map(nextLine))
    if (greetings.some((g) => g !== 'ready')) throw new Error(`a contender did not start: ${greetings.find((g) => g !== 'ready')}`)
    for (const c of contenders) c.child.stdin!.write('go\n')
    const answers = await Promise.all(contenders.map(nextLine))
    const outcome: RaceOutcome = { opened: [], refusedNaming: [], failed: [] }
    answers.forEach((answer, i) => {
      const [word, ...rest] = answer.split(' ')
      if (word === 'opened') outcome.opened.push(contenders[i]!.child.pid!)
      else if (word === 'refused') outcome.refusedNaming.push(Number(rest[0]))
      else outcome.failed.push(answer)
    })
    return outcome
  } finally {
    await Promise.all(
      contenders.map(async ({ child }) => {
        if (child.exitCode !== null || child.signalCode !== null) return
        const exited = once(child, 'exit')
        child.stdin!.end()
        await exited
      }),
    )
  }
}
