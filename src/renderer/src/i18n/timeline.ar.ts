/** Interface text of the story's timeline view, Arabic (merged into ar.ts). */
export const arTimeline = {} as const
