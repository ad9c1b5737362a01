import { join } from 'node:path'
import { bundleChild } from '../bundle-child'

/** The writer as one plain-Node file: the kill lands in the store's work, not in a transpiler. */
export const bundleWriter = (): Promise<string> => bundleChild(join(import.meta.dirname, 'writer.ts'), 'crash-writer.mjs')
