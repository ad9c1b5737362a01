import type { Editor, Range } from '@tiptap/core'
import type { Entity } from '../../../../core/entities/types'
import { scriptDirection, type Direction } from './block-direction'
import { mentionLabel } from './mention-search'

/** The name a mention carries in a paragraph of this script: the Latin name in an English paragraph when the entity has one. */
export const mentionLabelIn = (entity: Entity, script: Direction): string => (script === 'ltr' && entity.nameLatin ? entity.nameLatin : mentionLabel(entity))

/**
 * The script of the paragraph an @mention is typed in, the "@query" itself left out: the majority of
 * the paragraph's letters (mentions read as their labels), else — a paragraph with no other letters —
 * the direction it is shown in (it follows the block before it), else the query's own script.
 */
export function paragraphScript(editor: Editor, range: Range, query: string): Direction {
  const $from = editor.state.doc.resolve(range.from)
  const block = $from.parent
  const start = $from.start()
  const label = (leaf: { attrs: Record<string, unknown> }): string => (typeof leaf.attrs['label'] === 'string' ? leaf.attrs['label'] : '')
  const around = block.textBetween(0, range.from - start, ' ', label) + ' ' + block.textBetween(Math.min(block.content.size, range.to - start), block.content.size, ' ', label)
  const shown = (editor.view.domAtPos(range.from).node as Node).parentElement?.closest('[dir]')?.getAttribute('dir')
  return scriptDirection(around) ?? (shown === 'ltr' || shown === 'rtl' ? shown : null) ?? scriptDirection(query) ?? 'rtl'
}
