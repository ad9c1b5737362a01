import { useRef, type KeyboardEvent, type ReactNode } from 'react'
import type { Library as LibraryData, Session } from '../../../../shared/api'
import { useI18n } from '../../i18n/I18nProvider'
import { FailedFiles } from './FailedFiles'
import { LibraryItem } from './LibraryItem'

interface Props {
  library: LibraryData
  activeId: string | null
  positions: Session['positions']
  onOpen: (id: string) => void
}

/** The library list. Arrow keys, Home and End move between articles; Enter opens one. */
export function Library({ library, activeId, positions, onOpen }: Props): ReactNode {
  const i18n = useI18n()
  const list = useRef<HTMLOListElement>(null)

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>): void => {
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('.library-button') ?? [])]
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement)
    const target =
      event.key === 'ArrowDown' ? at + 1 : event.key === 'ArrowUp' ? at - 1 : event.key === 'Home' ? 0 : event.key === 'End' ? buttons.length - 1 : null
    if (target === null || buttons.length === 0) return
    event.preventDefault()
    buttons[Math.max(0, Math.min(buttons.length - 1, target))]?.focus()
  }

  return (
    <nav className="library" aria-labelledby="library-heading">
      <header className="library-header">
        <h2 id="library-heading">{i18n.t('library.heading')}</h2>
        <span className="library-count">{i18n.plural('library.count', library.articles.length)}</span>
      </header>
      {library.articles.length === 0 ? <p className="empty">{i18n.t('library.empty')}</p> : null}
      <ol className="library-list" ref={list} onKeyDown={onKeyDown}>
        {library.articles.map((article) => (
          <LibraryItem
            key={article.id}
            article={article}
            active={article.id === activeId}
            progress={positions[article.id]?.progress}
            onOpen={onOpen}
          />
        ))}
      </ol>
      <FailedFiles failed={library.failed} />
    </nav>
  )
}
