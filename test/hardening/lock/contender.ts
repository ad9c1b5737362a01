/**
 * One contender in the lock race: a child process that loads the real `lockDataDir`, says
 * `ready`, waits for `go` on stdin, tries to lock the folder and says what happened:
 *   opened                 it holds the lock
 *   refused <pid>          another live process holds it (DataDirLockedError naming <pid>)
 *   failed <message>       anything else
 * It then keeps whatever it got until stdin closes, so every contender answers while the
 * winner still holds the folder.
 *
 * argv: <dataDir>
 */
import { writeSync } from 'node:fs'
import { DataDirLockedError, lockDataDir } from '../../../src/hosts/data-dir'

const [dataDir] = process.argv.slice(2)
if (!dataDir) throw new Error('usage: contender <dataDir>')
const say = (line: string): void => void writeSync(1, `${line}\n`)

let input = ''
process.stdin.setEncoding('utf8')
process.stdin.on('data', (chunk: string) => {
  input += chunk
  if (input.includes('go\n')) void race()
})
process.stdin.on('end', () => process.exit(0))
say('ready')

let started = false
async function race(): Promise<void> {
  if (started) return
  started = true
  try {
    await lockDataDir(dataDir as string)
    say('opened')
  } catch (error) {
    if (error instanceof DataDirLockedError) say(`refused ${error.pid}`)
    else say(`failed ${error instanceof Error ? error.message : String(error)}`)
  }
}
