import { z } from 'zod'

/** Parses with a zod schema and throws one readable line per problem instead of zod's JSON dump. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  throw new Error(`${what} is not valid: ${z.prettifyError(result.error).replace(/\n+/g, '; ')}`)
}
