import { useEffect, useState, type ReactNode } from 'react'
import { descriptionIn, type Entity } from '../../../../core/entities/types'
import type { EntityPage } from '../../../../shared/api'
import type { StoryTab } from '../../ui/views'
import type { ApiError } from '../../../../shared/result'
import { useI18n } from '../../i18n/I18nProvider'
import { api } from '../../lib/api'
import { BidiText } from '../../ui/BidiText'
import { ConcordanceLineButton } from './ConcordanceLineButton'
import { DeleteEntityDialog } from './DeleteEntityDialog'
import { EntityDialog } from './EntityDialog'
import { entityLabel } from './entity-names'
import { EntityPicker } from './EntityPicker'

interface Props {
  id: string
  entities: readonly Entity[]
  onChanged: () => Promise<void>
  onGone: () => void
  onOpenEntity: (id: string) => void
  onJump: (articleId: string, start: number, end: number) => void
  onJumpHighlight: (articleId: string, highlightId: string) => void
  onOpenNote: (noteId: string) => void
  onNewNote: (entityId: string) => void
  /** Opens a view of the story focused on this entity. */
  onOpenStory?: (entityId: string, tab: StoryTab) => void
  onError: (error: ApiError) => void
}

const Inline = ({ text }: { text: string }): ReactNode => <BidiText text={text} start={0} end={text.length} />

/**
 * One entity: names, type, aliases and description; every mention with its context and a jump to
 * it; counts per article; highlights about it; entities mentioned with it; linked notes (backlinks).
 * Edit, merge and delete from here.
 */
export function EntityPageView(props: Props): ReactNode {
  const { id, entities, onChanged, onGone, onOpenEntity, onJump, onJumpHighlight, onOpenNote, onNewNote, onError } = props
  const i18n = useI18n()
  const [page, setPage] = useState<EntityPage | null>(null)
  const [editing, setEditing] = useState(false)
  const [merging, setMerging] = useState(false)
  const [deleting, setDeleting] = useState(false)
  const [version, setVersion] = useState(0)

  useEffect(() => {
    let live = true
    void api.getEntityPage(id).then((result) => {
      if (!live) return
      if (result.ok) setPage(result.value)
      else onError(result.error)
    })
    return () => {
      live = false
    }
  }, [id, version, onError])

  if (!page) return <main className="reader reader-empty" id="reader" aria-busy="true">{i18n.t('app.loading')}</main>
  const { entity } = page
  const refresh = async (): Promise<void> => {
    await onChanged()
    setVersion((v) => v + 1)
  }

  return (
    <main className="reader entity-page" id="reader" tabIndex={0} aria-labelledby="entity-heading" data-entity-id={entity.id}>
      <div className="page-inner">
        <header className="page-header">
          <span className={`chip type-chip type-${entity.type}`}>{i18n.t(`entity.type.${entity.type}`)}</span>
          <h1 id="entity-heading">
            <bdi dir="auto">{entityLabel(entity)}</bdi>
          </h1>
          {entity.nameAr && entity.nameLatin ? (
            <p className="latin-name" dir="ltr" lang="en">
              {entity.nameLatin}
            </p>
          ) : null}
          <div className="page-actions">
            <button type="button" className="button" onClick={() => setEditing(true)} data-action="edit-entity">
              {i18n.t('entity.edit')}
            </button>
            <button type="button" className="button" onClick={() => setMerging((m) => !m)} data-action="merge-entity">
              {i18n.t('entity.merge')}
            </button>
            <button type="button" className="button" onClick={() => onNewNote(entity.id)} data-action="new-note">
              {i18n.t('entity.newNote')}
            </button>
            {props.onOpenStory ? (
              <button type="button" className="button" onClick={() => props.onOpenStory?.(entity.id, 'graph')} data-action="story-graph">
                {i18n.t('graph.seeInStory')}
              </button>
            ) : null}
            <button
              type="button"
              className="button button-danger"
              onClick={() => setDeleting(true)}
              data-action="delete-entity"
            >
              {i18n.t('entity.delete')}
            </button>
          </div>
        </header>

        <DeleteEntityDialog
          open={deleting}
          name={entityLabel(entity)}
          onClose={() => setDeleting(false)}
          onConfirm={() => {
            setDeleting(false)
            void api.deleteEntity(entity.id).then(async (r) => {
              if (!r.ok) return onError(r.error)
              await onChanged()
              onGone()
            })
          }}
        />

        {merging ? (
          <section className="merge-box" aria-label={i18n.t('entity.mergeInto', { name: entityLabel(entity) })}>
            <p>{i18n.t('entity.mergeInto', { name: entityLabel(entity) })}</p>
            <EntityPicker
              entities={entities}
              exclude={[entity.id]}
              autoFocus
              onPick={(target) => {
                void api.mergeEntities(entity.id, target.id).then(async (r) => {
                  if (!r.ok) return onError(r.error)
                  await onChanged()
                  onOpenEntity(target.id)
                })
              }}
            />
          </section>
        ) : null}

        {entity.aliases.length ? (
          <ul className="alias-list" aria-label={i18n.t('entity.aliases')}>
            {entity.aliases.map((a) => (
              <li key={a} className="chip">
                <bdi dir="auto">{a}</bdi>
              </li>
            ))}
          </ul>
        ) : null}
        {entity.money ? <p dir="ltr">{`${entity.money.value.toLocaleString('en')} ${entity.money.currency}`}</p> : null}
        {descriptionIn(entity, i18n.locale) ? (
          <p className="description" dir="auto">
            {descriptionIn(entity, i18n.locale)}
          </p>
        ) : null}

        <section aria-labelledby="per-article-heading">
          <h2 id="per-article-heading">{i18n.t('entity.perArticle')}</h2>
          {page.articleCount > page.perArticle.length ? (
            <p className="latest-of muted">{i18n.t('entity.latestOf', { total: page.articleCount, mentions: page.mentionCount, shown: page.perArticle.length })}</p>
          ) : null}
          {page.perArticle.length === 0 ? <p className="empty">{i18n.t('entity.noMentions')}</p> : null}
          <ul className="per-article">
            {page.perArticle.map((a) => (
              <li key={a.articleId}>
                <bdi dir="auto">{a.articleTitle}</bdi> <span className="muted">· {i18n.plural('entity.mentions', a.count)}</span>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="concordance-heading">
          <h2 id="concordance-heading">
            {i18n.t('entity.concordance')} <span className="count">{i18n.formatNumber(page.concordance.length)}</span>
          </h2>
          <ol className="concordance">
            {page.concordance.map((line) => (
              <li key={`${line.articleId}:${line.start}`}>
                <ConcordanceLineButton line={line} onJump={onJump} />
                <span className="concordance-source muted">
                  <bdi dir="auto">{line.articleTitle}</bdi>
                </span>
              </li>
            ))}
          </ol>
        </section>

        {page.highlights.length ? (
          <section aria-labelledby="entity-highlights-heading">
            <h2 id="entity-highlights-heading">{i18n.t('entity.highlights')}</h2>
            <ul className="highlight-list">
              {page.highlights.map((h) => (
                <li key={h.id} className="highlight-item">
                  <button type="button" className="highlight-jump" onClick={() => onJumpHighlight(h.articleId, h.id)}>
                    <span className={`color-dot hl-${h.color}`} aria-hidden="true" />
                    <span className="highlight-quote" dir="rtl" lang="ar">
                      <Inline text={h.target.quote.exact} />
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {page.related.length ? (
          <section aria-labelledby="related-heading">
            <h2 id="related-heading">{i18n.t('entity.related')}</h2>
            <ul className="related">
              {page.related.map((r) => (
                <li key={r.entity.id}>
                  <button type="button" className="chip related-chip" onClick={() => onOpenEntity(r.entity.id)}>
                    <bdi dir="auto">{entityLabel(r.entity)}</bdi> <span className="muted">{i18n.formatNumber(r.count)}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        <section aria-labelledby="entity-notes-heading">
          <h2 id="entity-notes-heading">{i18n.t('entity.notes')}</h2>
          <ul className="note-links">
            {page.notes.map((n) => (
              <li key={n.id}>
                <button type="button" className="note-link" onClick={() => onOpenNote(n.id)} data-note-id={n.id}>
                  <strong dir="auto">{n.title || n.snippet.split('\n')[0]}</strong>
                  <span className="muted" dir="auto">
                    {n.snippet}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      </div>
      {editing ? (
        <EntityDialog
          open
          entity={entity}
          entities={entities}
          onDone={(saved) => {
            setEditing(false)
            if (saved.id !== entity.id) return void onChanged().then(() => onOpenEntity(saved.id))
            void refresh()
          }}
          onClose={() => setEditing(false)}
          onError={onError}
        />
      ) : null}
    </main>
  )
}
