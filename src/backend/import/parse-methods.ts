import { parseImport } from './parse-import'

/** What the parse worker serves (and what runs in the calling thread when it cannot). */
export const parseMethods = {
  parse: (id: string, fileName: string, bytes: Uint8Array) => parseImport(id, fileName, bytes),
}

export type ParseMethods = typeof parseMethods
