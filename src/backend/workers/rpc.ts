/**
 * A tiny request/answer protocol over a worker's message port, and the same interface served in
 * the calling thread (when a worker cannot start, or a test wants no thread). Methods take and
 * return structured-cloneable values; a thrown error crosses as its message.
 */
export type Methods = Record<string, (...args: never[]) => unknown>

export type Remote<M extends Methods> = {
  [K in keyof M]: (...args: Parameters<M[K]>) => Promise<Awaited<ReturnType<M[K]>>>
}

export interface RpcRequest {
  id: number
  method: string
  args: unknown[]
}

export type RpcAnswer = { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string }

/** Sent by the worker when it starts a request (the deadline counts from here). */
export interface RpcStarted {
  id: number
  started: true
}

/** The serving side: answers each request with the method's value or its error message. */
export async function answer(methods: Methods, request: RpcRequest): Promise<RpcAnswer> {
  const method = methods[request.method]
  try {
    if (!method) throw new Error(`No worker method "${request.method}"`)
    const value = await (method as (...a: unknown[]) => unknown)(...request.args)
    return { id: request.id, ok: true, value }
  } catch (error) {
    return { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) }
  }
}

/** The same methods called in this thread, behind the same promise-returning interface. */
export function inThread<M extends Methods>(methods: M): Remote<M> {
  return new Proxy({} as Remote<M>, {
    get: (_target, name: string) => async (...args: unknown[]) => {
      const reply = await answer(methods, { id: 0, method: name, args })
      if (!reply.ok) throw new Error(reply.message)
      return reply.value
    },
  })
}
