import { useMemo, type ReactNode } from 'react'
import type { Entity } from '../../../../core/entities/types'
import type { ApiError } from '../../../../shared/result'
import { useI18n } from '../../i18n/I18nProvider'
import { NewNamesList } from './NewNamesList'
import { useNewNameActions } from './useNewNameActions'
import { useNewNames } from './useNewNames'

interface Props {
  entities: readonly Entity[]
  /** Anything that changes what discovery proposes (the library): the list is asked for again. */
  library: unknown
  onChanged: () => Promise<void>
  onJump: (articleId: string, start: number, end: number) => void
  onError: (error: ApiError) => void
}

/** The "new names" inbox of the whole library, in the main pane. */
export function NewNamesView({ entities, library, onChanged, onJump, onError }: Props): ReactNode {
  const i18n = useI18n()
  const changed = useMemo(() => [entities, library], [entities, library])
  const state = useNewNames({}, changed, onError)
  const actions = useNewNameActions(onChanged, onError)
  const total = state.inbox?.status === 'ready' ? state.inbox.total : null
  return (
    <main className="reader new-names-view" id="reader" tabIndex={0} aria-labelledby="new-names-heading">
      <div className="page-inner">
        <header className="page-header">
          <h1 id="new-names-heading">{i18n.t('newNames.heading')}</h1>
          {total !== null ? <span className="count">{i18n.plural('newNames.count', total)}</span> : null}
        </header>
        <p className="hint">{i18n.t('newNames.intro')}</p>
        <NewNamesList state={state} actions={actions} entities={entities} scope="library" onJump={onJump} />
      </div>
    </main>
  )
}
