import type { Messages } from './messages'
import type { arStory } from './story.ar'

/** Interface text of the story views, English (same keys as story.ar.ts). */
export const enStory: Pick<Messages, keyof typeof arStory> = {
  'story.heading': 'Story',
  'story.tab.graph': 'Relations',
  'story.tab.timeline': 'Timeline',
  'story.tab.figures': 'Figures',
  'story.focus': 'What concerns {name}',
  'story.everything': 'Show everything',
  'story.notYet': 'This view is not built yet.',
}
