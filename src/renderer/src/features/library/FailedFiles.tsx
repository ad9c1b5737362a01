import type { ReactNode } from 'react'
import type { CorpusError } from '../../../../core/corpus/types'
import { useI18n } from '../../i18n/I18nProvider'
import { FailureDetail } from './import/FailureDetail'

/** Files that did not become articles, each with the reason: nothing is skipped silently. */
export function FailedFiles({ failed }: { failed: CorpusError[] }): ReactNode {
  const i18n = useI18n()
  if (failed.length === 0) return null
  return (
    <section className="failed-files" aria-labelledby="failed-heading">
      <h3 id="failed-heading">{i18n.t('library.failedHeading')}</h3>
      <ul>
        {failed.map((f) => (
          <li key={f.sourceFile} data-file={f.sourceFile}>
            <bdi dir="ltr" className="file-name">{f.sourceFile}</bdi>
            <span className="failed-reason">{i18n.t(`corpus.error.${f.code}`)}</span>
            <FailureDetail item={f} />
          </li>
        ))}
      </ul>
    </section>
  )
}
