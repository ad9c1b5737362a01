import type { Messages } from './messages'
import type { arGraph } from './graph.ar'

/** Interface text of the story's graph view, English (same keys as graph.ar.ts). */
export const enGraph: Pick<Messages, keyof typeof arGraph> = {}
