import type { Messages } from './messages'
import type { arTimeline } from './timeline.ar'

/** Interface text of the story's timeline view, English (same keys as timeline.ar.ts). */
export const enTimeline: Pick<Messages, keyof typeof arTimeline> = {}
