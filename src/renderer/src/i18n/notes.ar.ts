/** Interface text of the notes feature, Arabic (merged into ar.ts). */
export const arNotes = {
  'notes.heading': 'الملاحظات',
} as const
