import type { ReactNode } from 'react'
import type { SearchHit } from '../../../../shared/library-api'
import { useI18n } from '../../i18n/I18nProvider'
import { MarkedText } from './MarkedText'

interface Props {
  hit: SearchHit
  id: string
  active: boolean
  onOpen: (snippetIndex: number) => void
  onHover: () => void
}

/** One result: its title (marked) and up to three passages (marked); a passage opens where it is. */
export function SearchHitView({ hit, id, active, onOpen, onHover }: Props): ReactNode {
  const i18n = useI18n()
  const title = hit.title || (hit.kind === 'note' ? i18n.t('search.untitledNote') : '')
  return (
    <div
      id={id}
      role="option"
      aria-selected={active}
      className="search-hit"
      data-kind={hit.kind}
      data-ref={hit.ref}
      onMouseEnter={onHover}
      onClick={() => onOpen(0)}
    >
      <span className="search-hit-title" dir="auto">
        <MarkedText text={title} marks={hit.titleMarks} />
      </span>
      {hit.snippets.map((snippet, index) => (
        <span
          key={snippet.start}
          className="search-snippet"
          dir="auto"
          data-start={snippet.start}
          onClick={(event) => {
            event.stopPropagation()
            onOpen(index)
          }}
        >
          <MarkedText text={snippet.text} marks={snippet.marks} />
        </span>
      ))}
    </div>
  )
}
