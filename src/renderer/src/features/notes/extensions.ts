import { mergeAttributes, type Extensions } from '@tiptap/core'
import Highlight from '@tiptap/extension-highlight'
import Mention, { type MentionNodeAttrs } from '@tiptap/extension-mention'
import StarterKit from '@tiptap/starter-kit'
import type { SuggestionOptions } from '@tiptap/suggestion'
import type { Entity } from '../../../../core/entities/types'
import { isAllowedLink } from './link-policy'
import { MajorityDirection } from './majority-direction'

export type MentionSuggestion = Omit<SuggestionOptions<Entity, MentionNodeAttrs>, 'editor'>

const labelOf = (attrs: Record<string, unknown>): string => String(attrs['label'] ?? attrs['id'] ?? '')

/**
 * The note editor's schema and behaviour. The same list builds the schema that decides whether a
 * stored body can be opened (load-check.ts), so what the editor accepts and what the check accepts
 * cannot drift apart. Pasted HTML goes through this schema too: elements it does not know
 * (script, img, iframe, style) and attributes it does not declare (onerror, style) are dropped.
 */
export function noteExtensions(suggestion: MentionSuggestion = {}): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3] },
      link: {
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        defaultProtocol: 'https',
        // A pasted javascript: or data: link is dropped at parse time, and one already in a stored
        // body is rendered without its href.
        isAllowedUri: (url) => isAllowedLink(url),
        HTMLAttributes: { target: null, rel: 'noopener noreferrer nofollow' },
      },
    }),
    Highlight.configure({ multicolor: false }),
    Mention.configure({
      // A chip isolates its name: a Latin name inside Arabic (or the reverse) keeps its own order
      // and cannot reorder the sentence around it (unicode-bidi: isolate in notes.css).
      renderHTML: ({ options, node }) => ['span', mergeAttributes(options.HTMLAttributes, { class: 'mention', dir: 'auto' }), labelOf(node.attrs)],
      renderText: ({ node }) => labelOf(node.attrs),
      suggestion,
    }),
    MajorityDirection,
  ]
}
