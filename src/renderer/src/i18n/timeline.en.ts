import type { Messages } from './messages'
import type { arTimeline } from './timeline.ar'

/** Interface text of the story's timeline view, English (same keys as timeline.ar.ts). */
export const enTimeline: Pick<Messages, keyof typeof arTimeline> = {
  'timeline.label': 'Timeline',
  'timeline.filter': 'Search the dated statements',
  'timeline.count': { one: 'one dated statement', other: '{count} dated statements' },
  'timeline.empty': 'No dated statement in these articles.',
  'timeline.noMatch': 'No statement matches the search.',
  'timeline.yearUnknown': 'Year not stated',
  'timeline.dateUnknown': 'Article date unknown',
  'timeline.dateUnknownHint': 'A relative date in an article whose publication date is not known: it is not placed on the line.',
  'timeline.wholeYear': 'During the year',
  'timeline.fromArticleDate': 'counted from the article’s date',
  'timeline.weekOf': 'week of {date}',
  'timeline.openQuote': 'Open “{title}” at this statement',
  'timeline.entities': 'Entities in the statement',
  'timeline.focusEntity': 'Show the timeline of {name}',
  'timeline.openEntity': 'Open the page of {name}',
  'timeline.page': 'page',
  'timeline.more': 'Show more ({count} left)',
}
