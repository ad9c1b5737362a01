import { Fragment, useState, type ReactNode } from 'react'
import type { Entity } from '../../../../core/entities/types'
import type { NewName, NewNameChoice } from '../../../../shared/api'
import { useI18n } from '../../i18n/I18nProvider'
import { BidiText } from '../../ui/BidiText'
import { ConcordanceLineButton } from '../entities/ConcordanceLineButton'
import { EntityPicker } from '../entities/EntityPicker'
import { NewNameTypeSelect } from './NewNameTypeSelect'
import { signalLabel } from './signal-labels'

interface Props {
  name: NewName
  /** The type the user chose (the proposed one until changed). */
  type: NewNameChoice['type']
  onType: (type: NewNameChoice['type']) => void
  selected: boolean
  onSelect: (selected: boolean) => void
  entities: readonly Entity[]
  busy: boolean
  onAccept: () => void
  onMerge: (entityId: string) => void
  onIgnore: () => void
  /** Brings another proposal into view (for "same as" another proposed name). */
  onShowProposal: (name: string) => void
  onJump: (articleId: string, start: number, end: number) => void
}

/** One proposed name: what it is, why it was proposed, where it occurs, and what the user can do with it. */
export function NewNameItem(props: Props): ReactNode {
  const { name, type, onType, selected, onSelect, entities, busy, onAccept, onMerge, onIgnore, onShowProposal, onJump } = props
  const i18n = useI18n()
  const [merging, setMerging] = useState(false)
  const headingId = `new-name-${name.key}`
  const sameAs = name.sameAs
  return (
    <li className="new-name" data-name-key={name.key} aria-labelledby={headingId} tabIndex={-1}>
      <div className="new-name-head">
        <input type="checkbox" checked={selected} onChange={(e) => onSelect(e.currentTarget.checked)} aria-label={i18n.t('newNames.select', { name: name.name })} />
        <h3 id={headingId} className="new-name-text">
          <bdi dir="auto">
            <BidiText text={name.name} start={0} end={name.name.length} />
          </bdi>
        </h3>
        <NewNameTypeSelect value={type} onChange={onType} />
      </div>
      <p className="new-name-facts muted">
        {i18n.plural('entity.mentions', name.mentions)} {i18n.plural('newNames.inArticles', name.articles.length)}
        {name.aliases.length ? (
          <>
            {' · '}
            {i18n.t('newNames.alsoWritten')}{' '}
            {name.aliases.map((a, i) => (
              <Fragment key={a}>
                {i > 0 ? (i18n.locale === 'ar' ? '، ' : ', ') : ''}
                <bdi dir="auto" className="new-name-alias">
                  {a}
                </bdi>
              </Fragment>
            ))}
          </>
        ) : null}
      </p>
      <p className="new-name-why">
        <span className="muted">{i18n.t('newNames.why')}: </span>
        {name.signals.map((s, i) => (
          <Fragment key={s}>
            {i > 0 ? (i18n.locale === 'ar' ? '، ' : ', ') : ''}
            <span className="new-name-reason" data-signal={s}>
              {i18n.t(signalLabel(s))}
            </span>
          </Fragment>
        ))}
      </p>
      {sameAs ? (
        <p className="new-name-same-as">
          {'entityId' in sameAs ? (
            <>
              <span>{i18n.t('newNames.sameAsEntity', { name: sameAs.name })}</span>{' '}
              <button type="button" className="button" disabled={busy} onClick={() => onMerge(sameAs.entityId)} data-action="merge-same-as">
                {i18n.t('newNames.sameAsMerge')}
              </button>
            </>
          ) : (
            <>
              <span>{i18n.t('newNames.sameAsProposal', { name: sameAs.name })}</span>{' '}
              <button type="button" className="link-button" onClick={() => onShowProposal(sameAs.name)} data-action="show-proposal">
                {i18n.t('newNames.showProposal')}
              </button>
            </>
          )}
        </p>
      ) : null}
      {name.examples.length ? (
        <ol className="concordance new-name-examples">
          {name.examples.map((line) => (
            <li key={`${line.articleId}:${line.start}`}>
              <ConcordanceLineButton line={line} onJump={onJump} />
            </li>
          ))}
        </ol>
      ) : null}
      <div className="card-actions">
        <button type="button" className="button button-primary" disabled={busy} onClick={onAccept} data-action="accept-name">
          {i18n.t('newNames.accept')}
        </button>
        <button type="button" className="button" aria-expanded={merging} onClick={() => setMerging((m) => !m)} data-action="merge-name">
          {i18n.t('newNames.merge')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={onIgnore} data-action="ignore-name">
          {i18n.t('newNames.ignore')}
        </button>
      </div>
      {merging ? (
        <section className="merge-box" aria-label={i18n.t('newNames.mergeInto', { name: name.name })}>
          <p>{i18n.t('newNames.mergeInto', { name: name.name })}</p>
          <EntityPicker entities={entities} autoFocus onPick={(e) => onMerge(e.id)} />
        </section>
      ) : null}
    </li>
  )
}
