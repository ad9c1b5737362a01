import { Component, type ReactNode, type RefObject } from 'react'
import { selectEnds, selectionEnds, type SelectionEnds } from './dom-offsets'

interface Kept {
  root: HTMLElement
  ends: SelectionEnds
}

interface Props {
  /** The reader's scrolling element, holding the article's blocks. */
  root: RefObject<HTMLElement | null>
  /** What is drawn over the text (highlights, mentions); a new value redraws the blocks. */
  marks: unknown
  children: ReactNode
}

/**
 * Keeps the reader's selection (or caret) where it was when marks are redrawn. Drawing a mention or
 * a highlight splits text nodes, and a selection inside a replaced node collapses: a reader who
 * selected a phrase while the mentions were still loading lost it, with its toolbar. A class, because
 * only getSnapshotBeforeUpdate reads the DOM after React has rendered and before it changes the page.
 */
export class SelectionKeeper extends Component<Props> {
  override getSnapshotBeforeUpdate(previous: Props): Kept | null {
    const root = this.props.root.current
    const ends = previous.marks !== this.props.marks && root ? selectionEnds(root) : null
    return root && ends ? { root, ends } : null
  }

  override componentDidUpdate(_previous: Props, _state: unknown, kept: Kept | null): void {
    // Another article (a new root element) starts with no selection of the last one's offsets.
    if (!kept || this.props.root.current !== kept.root) return
    const now = selectionEnds(kept.root)
    if (now?.anchor === kept.ends.anchor && now.focus === kept.ends.focus) return
    selectEnds(kept.root, kept.ends)
  }

  override render(): ReactNode {
    return this.props.children
  }
}
