import type { StoryWriter } from './section'

/** The briefing's relations section. Not written yet: nothing is added to the briefing. */
export const relationsSection: StoryWriter = () => null
