import type { StoryWriter } from './section'

/** The briefing's timeline section. Not written yet: nothing is added to the briefing. */
export const timelineSection: StoryWriter = () => null
