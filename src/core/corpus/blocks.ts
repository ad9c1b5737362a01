import { chromeRoleOf, isCategoryLine, relativeTimeOf } from './chrome'
import { isEmptyLine, lineContent, splitLines, type Line } from './lines'
import { looksLikeTitle } from './title'
import type { Block } from './types'

export interface BlockLayout {
  blocks: Block[]
  category?: string
  relativeTime?: string
  /** True when the first content line became the title block. */
  hasTitleLine: boolean
}

/** "– تحديات الأداء": short lines opened by a dash are subheadings; the dash is a marker, not text to read. */
const HEADING_MARKER = /^[–—-]\s+/u
/** Markdown headings ("# العنوان", "## قسم") in an imported .md file: the hashes are markup, not text to read. */
const ATX_MARKER = /^#{1,6}[ \t]+(?:<a id="[^"<>]*"><\/a>)?(?=\S)/u
/** A Markdown line holding only an HTML block tag (a direction wrapper): markup, kept in the text but not read. */
const MARKUP_LINE = /^<\/?(?:div|section|p|span)(?:\s[^<>]*)?>$/iu
const MAX_HEADING_CHARS = 120

/**
 * A caption glued to its own duplicate ("XX" where X is the caption), as scraped image captions
 * often are: the first copy is the caption, the second is chrome.
 */
function duplicateHalf(content: string): number | null {
  if (content.length < 20 || content.length % 2 !== 0) return null
  const half = content.length / 2
  return content.slice(0, half) === content.slice(half) ? half : null
}

/** Lays out the lines of canonical text as blocks. Empty lines make no block; offsets never move. */
export function layoutBlocks(text: string): BlockLayout {
  const lines = splitLines(text)
  const blocks: Block[] = []
  const layout: BlockLayout = { blocks, hasTitleLine: false }
  let seenContent = false

  const push = (kind: Block['kind'], start: number, end: number, role?: Block['role']): void => {
    blocks.push(role ? { kind, start, end, role } : { kind, start, end })
  }

  lines.forEach((line: Line, index) => {
    if (isEmptyLine(line)) {
      // A line of only no-break spaces is left-over page layout: chrome, kept so offsets stay honest.
      if (line.end > line.start) push('chrome', line.start, line.end, 'blank')
      return
    }
    const content = lineContent(text, line)
    const { contentStart: s, contentEnd: e } = line

    const role = chromeRoleOf(content) ?? (MARKUP_LINE.test(content) ? 'markup' : null)
    if (role) return push('chrome', s, e, role)

    const relative = relativeTimeOf(content)
    if (relative) {
      layout.relativeTime ??= relative
      return push('chrome', s, e, 'timestamp')
    }

    if (!seenContent && !layout.category && isCategoryLine(content) && hasContentAfter(lines, index, text)) {
      layout.category = content
      return push('chrome', s, e, 'category')
    }

    const atx = ATX_MARKER.exec(content)
    if (!seenContent) {
      seenContent = true
      if ((atx || looksLikeTitle(content)) && hasContentAfter(lines, index, text)) {
        layout.hasTitleLine = true
        return push('title', s + (atx?.[0].length ?? 0), e)
      }
    }

    const marker = HEADING_MARKER.exec(content) ?? atx
    if (marker && content.length <= MAX_HEADING_CHARS) return push('heading', s + marker[0].length, e)

    const half = duplicateHalf(content)
    if (half !== null) {
      push('caption', s, s + half)
      return push('chrome', s + half, e, 'duplicate-caption')
    }
    push('paragraph', s, e)
  })
  return layout
}

function hasContentAfter(lines: Line[], index: number, text: string): boolean {
  for (let i = index + 1; i < lines.length; i++) {
    const line = lines[i] as Line
    if (!isEmptyLine(line) && !chromeRoleOf(lineContent(text, line))) return true
  }
  return false
}
