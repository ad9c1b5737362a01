import type { arBriefing } from './briefing.ar'
import type { Messages } from './messages'

/** Interface text of the briefing export, English (same keys as briefing.ar.ts; the compiler checks). */
export const enBriefing: Pick<Messages, keyof typeof arBriefing> = {
  'briefing.open': 'Export briefing',
  'briefing.heading': 'Export a briefing',
  'briefing.scope': 'Scope',
  'briefing.scope.entities': 'Chosen entities',
  'briefing.scope.articles': 'Chosen articles',
  'briefing.scope.highlights': 'Highlights by colour or tag',
  'briefing.scope.everything': 'Everything',
  'briefing.remove': 'Remove {name}',
  'briefing.noEntities': 'No entity chosen yet.',
  'briefing.colors': 'Colours',
  'briefing.tags': 'Tagged with entities',
  'briefing.sections': 'Sections',
  'briefing.section.entities': 'A section per entity',
  'briefing.section.articles': 'A section per article',
  'briefing.section.sources': 'List of sources',
  'briefing.allEntities': 'Also every entity mentioned, even without a quote or note',
  'briefing.lang': 'Headings language',
  'briefing.preview': 'Briefing preview',
  'briefing.previewLoading': 'Preparing the preview…',
  'briefing.empty': 'Nothing to export in this scope: choose an entity, article, colour or tag that holds something.',
  'briefing.failed': 'Could not prepare the briefing: {reason}',
  'briefing.save': 'Save briefing',
  'briefing.close': 'Close',
  'briefing.fileName': 'File name',
  'briefing.stats': 'Entities: {entities} · quotes: {quotes} · sources: {sources}',
  'briefing.warnings': { one: 'one warning: a note exported as plain text', other: '{count} warnings: notes exported as plain text' },
  'briefing.saved': 'Briefing saved to {path}',
  'briefing.downloaded': 'Briefing downloaded as {name}',
}
