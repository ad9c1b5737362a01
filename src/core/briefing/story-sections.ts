/**
 * The optional sections that show the story across the articles rather than one entity at a time:
 * the relation graph, the timeline, and the figures with their sources. Listed apart from scope.ts
 * (zod) so the renderer and the CLI can name them without loading the schemas; the order here is
 * the order they appear in the briefing.
 */
export const storySections = ['relations', 'timeline', 'figures'] as const
export type StorySection = (typeof storySections)[number]

export const isStorySection = (name: string): name is StorySection => (storySections as readonly string[]).includes(name)

/** The chosen sections in the briefing's order, each once. */
export const inStoryOrder = (chosen: readonly StorySection[]): StorySection[] => storySections.filter((s) => chosen.includes(s))
