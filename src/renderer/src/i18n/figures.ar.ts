/** Interface text of the story's figures view, Arabic (merged into ar.ts). */
export const arFigures = {} as const
