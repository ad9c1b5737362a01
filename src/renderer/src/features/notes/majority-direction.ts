import { Extension } from '@tiptap/core'
import type { Node as PmNode } from '@tiptap/pm/model'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import { scriptDirection, type Direction } from './block-direction'

/** The text a block reads as: mentions count as their labels (a chip "مارك زوكربيرغ" is Arabic). */
const readableText = (node: PmNode): string =>
  node.textBetween(0, node.content.size, ' ', (leaf) => (typeof leaf.attrs['label'] === 'string' ? leaf.attrs['label'] : ''))

// ProseMirror nodes are immutable and an edit reuses every block it did not touch, so a block's
// script is computed once per version of that block, not once per keystroke for the whole note.
const scripts = new WeakMap<PmNode, Direction | null>()
function scriptOf(node: PmNode): Direction | null {
  let dir = scripts.get(node)
  if (dir === undefined) scripts.set(node, (dir = scriptDirection(readableText(node))))
  return dir
}

/**
 * One node decoration per block giving it `dir`, by the majority script of its text. Lists and
 * list items get one too, so a bullet sits on the side the item's text starts from. Decorations
 * change only the DOM: the stored JSON stays as the user wrote it, without direction attributes.
 */
export function directionDecorations(doc: PmNode, start: Direction = 'rtl'): DecorationSet {
  const decorations: Decoration[] = []
  let previous = start
  doc.descendants((node, pos) => {
    if (!node.isBlock) return false
    const dir = scriptOf(node) ?? previous
    // A left-to-right paragraph of a note is English far more often than not (the reader makes the
    // same guess for English titles): saying so lets a screen reader switch voice.
    decorations.push(Decoration.node(pos, pos + node.nodeSize, node.isTextblock && dir === 'ltr' ? { dir, lang: 'en' } : { dir }))
    if (node.isTextblock) {
      previous = dir
      return false
    }
    return true
  })
  return DecorationSet.create(doc, decorations)
}

const key = new PluginKey<DecorationSet>('majorityDirection')

/**
 * Paragraph direction that follows the content, recomputed on every change of the document.
 * Measured in jsdom: 0.15 ms a keystroke for a note of 200 paragraphs, 6 ms for 2,000 (290 KB of
 * JSON; 8 ms without the per-block cache above, the rest is building the decoration set). Mapping
 * the old set and redoing only the touched blocks would cut that, at the price of tracking how an
 * empty block inherits from the one before it; notes that long are rare enough not to need it.
 */
export const MajorityDirection = Extension.create({
  name: 'majorityDirection',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_, state) => directionDecorations(state.doc),
          apply: (tr, old) => (tr.docChanged ? directionDecorations(tr.doc) : old),
        },
        props: {
          decorations: (state) => key.getState(state),
        },
      }),
    ]
  },
})
