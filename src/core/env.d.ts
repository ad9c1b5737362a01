/**
 * The only platform APIs src/core and src/shared may use: both exist in browsers and in Node.
 * The core tsconfig has no DOM and no Node types, so anything else fails to compile.
 */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean })
  readonly encoding: string
  decode(input?: Uint8Array): string
}

declare function structuredClone<T>(value: T): T
