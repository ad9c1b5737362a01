import type { StorySection } from '../story-sections'
import { figuresSection } from './figures'
import { relationsSection } from './relations'
import type { StoryWriter } from './section'
import { timelineSection } from './timeline'

/** Which writer writes each story section. */
export const storyWriters: Record<StorySection, StoryWriter> = {
  relations: relationsSection,
  timeline: timelineSection,
  figures: figuresSection,
}
