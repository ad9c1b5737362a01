import type { Messages } from './messages'
import type { arFigures } from './figures.ar'

/** Interface text of the story's figures view, English (same keys as figures.ar.ts). */
export const enFigures: Pick<Messages, keyof typeof arFigures> = {}
