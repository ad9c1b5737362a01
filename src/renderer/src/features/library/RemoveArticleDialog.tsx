import { useState, type ReactNode } from 'react'
import type { ArticleSummary } from '../../../../shared/api'
import type { RemoveMode } from '../../../../shared/library-api'
import { Modal } from '../../ui/Modal'
import { useI18n } from '../../i18n/I18nProvider'

interface Props {
  article: ArticleSummary | null
  onConfirm: (article: ArticleSummary, mode: RemoveMode) => void
  onClose: () => void
}

/** Removing an imported article asks what becomes of its highlights and notes: kept (as orphans) or deleted. */
export function RemoveArticleDialog({ article, onConfirm, onClose }: Props): ReactNode {
  const i18n = useI18n()
  const [mode, setMode] = useState<RemoveMode>('keep-annotations')
  return (
    <Modal open={article !== null} onClose={onClose} labelledBy="remove-heading" className="remove-dialog">
      {article ? (
        <form
          onSubmit={(e) => {
            e.preventDefault()
            onConfirm(article, mode)
          }}
        >
          <h2 id="remove-heading">{i18n.t('remove.heading')}</h2>
          <p>{i18n.t('remove.explain', { title: article.meta.title })}</p>
          <fieldset className="setting">
            {(['keep-annotations', 'delete-annotations'] as const).map((m) => (
              <label key={m} className="choice">
                <input type="radio" name="remove-mode" value={m} checked={mode === m} onChange={() => setMode(m)} />
                <span>{i18n.t(m === 'keep-annotations' ? 'remove.keep' : 'remove.delete')}</span>
              </label>
            ))}
          </fieldset>
          <div className="dialog-buttons">
            <button type="submit" className="button danger" data-action="confirm-remove">
              {i18n.t('remove.confirm')}
            </button>
            <button type="button" className="button" onClick={onClose} autoFocus>
              {i18n.t('remove.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </Modal>
  )
}
