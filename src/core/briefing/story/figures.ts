import type { StoryWriter } from './section'

/** The briefing's figures section. Not written yet: nothing is added to the briefing. */
export const figuresSection: StoryWriter = () => null
