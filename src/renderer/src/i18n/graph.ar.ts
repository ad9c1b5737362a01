/** Interface text of the story's graph view, Arabic (merged into ar.ts). */
export const arGraph = {} as const
