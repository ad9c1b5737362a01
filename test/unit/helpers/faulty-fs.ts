import * as fsp from 'node:fs/promises'
import type { DurableFs } from '../../../src/backend/store/durable-fs'

/** One file-system call made through the seam. `flags` is set for open. */
export interface FsCall {
  op: 'open' | 'rename' | 'unlink' | 'readFile' | 'writeFile' | 'sync' | 'close'
  path: string
  to?: string
  flags?: string
}

/** Decides whether a call fails: return an errno code ("ENOSPC") to fail it, undefined to let it run. */
export type FaultRule = (call: FsCall) => string | undefined

/** An error shaped like the ones node:fs raises. */
export function errnoError(code: string, call: FsCall): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated fault, ${call.op} '${call.path}'`), { code, syscall: call.op, path: call.path })
}

export interface FaultyFs {
  fs: DurableFs
  /** Every call, in order, including the ones that failed. */
  calls: FsCall[]
  /** Replaces the fault rule (undefined: no faults). */
  setFault(rule: FaultRule | undefined): void
  /** Temp files created through the seam (opened with the exclusive-create flag). */
  tempFiles(): string[]
  /** Completed renames onto `target`. */
  renamesOnto(target: string): number
}

/**
 * A DurableFs over the real node:fs/promises that records every call and fails the ones a rule
 * picks, including writeFile/sync/close on the handles it opens.
 */
export function faultyFs(initial?: FaultRule): FaultyFs {
  let rule = initial
  const calls: FsCall[] = []
  const succeededRenames: string[] = []
  const gate = (call: FsCall): void => {
    calls.push(call)
    const code = rule?.(call)
    if (code) throw errnoError(code, call)
  }

  const open = (async (path: string, flags?: string, mode?: number) => {
    gate({ op: 'open', path, ...(flags ? { flags } : {}) })
    const handle = await fsp.open(path, flags, mode)
    return new Proxy(handle, {
      get(target, prop) {
        if (prop === 'writeFile' || prop === 'sync' || prop === 'close') {
          return async (...args: unknown[]) => {
            // close(2) releases the descriptor even when it reports an error: close first, then fail.
            if (prop === 'close') await target.close()
            gate({ op: prop, path })
            if (prop !== 'close') return (target[prop] as (...a: unknown[]) => Promise<void>).apply(target, args)
          }
        }
        const value: unknown = Reflect.get(target, prop, target)
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value
      },
    })
  }) as DurableFs['open']

  const fs: DurableFs = {
    open,
    rename: async (from, to) => {
      gate({ op: 'rename', path: String(from), to: String(to) })
      await fsp.rename(from, to)
      succeededRenames.push(String(to))
    },
    unlink: async (path) => {
      gate({ op: 'unlink', path: String(path) })
      return fsp.unlink(path)
    },
    readFile: (async (path: string, options?: unknown) => {
      gate({ op: 'readFile', path: String(path) })
      return fsp.readFile(path, options as BufferEncoding)
    }) as DurableFs['readFile'],
  }

  return {
    fs,
    calls,
    setFault: (next) => void (rule = next),
    tempFiles: () => calls.filter((c) => c.op === 'open' && c.flags === 'wx').map((c) => c.path),
    renamesOnto: (target) => succeededRenames.filter((t) => t === target).length,
  }
}

/** A rule that fails the first `times` calls `match` picks with `code`, then lets them through. */
export function failTimes(times: number, code: string, match: (call: FsCall) => boolean): FaultRule {
  let left = times
  return (call) => {
    if (!match(call) || left <= 0) return undefined
    left--
    return code
  }
}
