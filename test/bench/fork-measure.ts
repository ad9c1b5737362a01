import { fork } from 'node:child_process'

/**
 * Runs a TypeScript measuring script in a fresh Node process (tsx loader, --expose-gc) and returns
 * the one message it sends. Fresh processes keep cold-start and memory figures honest.
 */
export function forkMeasure<T>(script: string, args: string[], cwd: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const child = fork(script, args, { cwd, execArgv: ['--expose-gc', '--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
    let result: { value: T } | null = null
    child.once('message', (message) => {
      result = { value: message as T }
    })
    child.once('error', reject)
    child.once('exit', (code) => {
      if (result) resolve(result.value)
      else reject(new Error(`${script} exited with code ${code} before reporting`))
    })
  })
}
