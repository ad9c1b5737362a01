import type { MdBlock } from '../direction'
import type { RenderContext } from '../render-context'
import type { BriefingFile } from '../scope'
import type { BriefingInput, BriefingPlan } from '../select'

/** A story section as written into the briefing: its heading's text and anchor, then its blocks. */
export interface StorySectionOut {
  /** The heading's text, in the document's language (it also names the entry in the contents). */
  title: string
  /** The section's anchor, unique in the document (the contents link to it). */
  anchor: string
  blocks: MdBlock[]
  /** Files the section's blocks link to, written beside the Markdown. */
  files?: BriefingFile[]
}

/**
 * Writes one story section over the briefing's plan (the articles and entities in scope). Null
 * when the scope holds nothing for it (no dated statement, no figure, no tie): then neither a
 * heading nor a contents entry is written.
 */
export type StoryWriter = (plan: BriefingPlan, input: BriefingInput, ctx: RenderContext) => StorySectionOut | null
