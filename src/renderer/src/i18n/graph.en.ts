import type { Messages } from './messages'
import type { arGraph } from './graph.ar'

/** Interface text of the story's graph view, English (same keys as graph.ar.ts). */
export const enGraph: Pick<Messages, keyof typeof arGraph> = {
  'graph.controls': 'Graph controls',
  'graph.scope': 'Scope',
  'graph.scope.everything': 'The whole library',
  'graph.scope.articles': 'Some articles',
  'graph.scope.colors': 'Highlights of a colour',
  'graph.scope.tag': 'Highlights tagged with an entity',
  'graph.scope.tagPick': 'Entity',
  'graph.scope.none': 'Nothing chosen yet: choose an article, a colour or an entity to draw the graph of its scope.',
  'graph.around': 'Around {name}',
  'graph.steps.1': 'Direct ties',
  'graph.steps.2': 'Up to two steps',
  'graph.types': 'Types',
  'graph.minWeight': 'Fewest shared paragraphs',
  'graph.count': 'Entities: {nodes} · ties: {edges}',
  'graph.capped': 'Ties shown: the strongest {shown} of {total}',
  'graph.empty': 'No ties here: no paragraph mentions two entities under these conditions.',
  'graph.loading': 'Computing the graph…',
  'graph.plain': 'A plain drawing: this browser could not draw the graph with WebGL2, so it cannot be zoomed or panned here; the table below holds all of it.',
  'graph.canvas': 'Relation graph. Click an entity to open its page; the table below holds the same data for the keyboard and screen readers.',
  'graph.list': 'Entities and their strongest ties',
  'graph.col.entity': 'Entity',
  'graph.col.type': 'Type',
  'graph.col.mentions': 'Mentions',
  'graph.col.articles': 'Articles',
  'graph.col.ties': 'Strongest ties (shared paragraphs)',
  'graph.focus': 'Focus',
  'graph.seeInStory': 'Its relations in the story',
}
