import type { ReactNode } from 'react'
import type { ImportReport } from '../../../../../shared/library-api'
import { Modal } from '../../../ui/Modal'
import { useI18n } from '../../../i18n/I18nProvider'
import { FailureDetail } from './FailureDetail'

interface Props {
  report: ImportReport
  cancelled: boolean
  onOpen: (id: string) => void
  onClose: () => void
}

/** What an import did, file by file: imported (with encoding and warnings), already there, or why not. */
export function ImportReportDialog({ report, cancelled, onOpen, onClose }: Props): ReactNode {
  const i18n = useI18n()
  const open = (id: string): void => {
    onClose()
    onOpen(id)
  }
  return (
    <Modal open onClose={onClose} labelledBy="import-report-heading" className="import-report">
      <h2 id="import-report-heading">{i18n.t('import.reportHeading')}</h2>
      <p className="import-summary" data-imported={report.imported.length}>
        {i18n.plural('import.imported', report.imported.length)}
      </p>
      {cancelled ? <p className="import-cancelled">{i18n.t('import.cancelled')}</p> : null}
      {report.imported.length > 0 ? (
        <ul className="import-list" data-list="imported">
          {report.imported.map((item) => (
            <li key={item.id} data-file={item.file}>
              <button type="button" className="link-button" onClick={() => open(item.id)} dir="auto">
                {item.title}
              </button>
              <bdi dir="ltr" className="file-name">{item.file}</bdi>
              <span className="import-detail">{i18n.t('import.encoding', { encoding: item.encoding })}</span>
              {item.warnings.map((w) => (
                <span key={w} className="import-warning" dir="ltr" lang="en">
                  {w}
                </span>
              ))}
            </li>
          ))}
        </ul>
      ) : null}
      {report.duplicates.length > 0 ? (
        <section aria-labelledby="import-duplicates-heading">
          <h3 id="import-duplicates-heading">{i18n.t('import.duplicatesHeading')}</h3>
          <ul className="import-list" data-list="duplicates">
            {report.duplicates.map((d) => (
              <li key={d.file} data-file={d.file}>
                <bdi dir="ltr" className="file-name">{d.file}</bdi>
                <span>{i18n.t('import.already', { title: d.existingTitle })}</span>
                <button type="button" className="link-button" onClick={() => open(d.existingId)}>
                  {i18n.t('import.openExisting')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {report.failed.length > 0 ? (
        <section aria-labelledby="import-failed-heading">
          <h3 id="import-failed-heading">{i18n.t('import.failedHeading')}</h3>
          <ul className="import-list" data-list="failed">
            {report.failed.map((f, index) => (
              <li key={`${f.file}:${index}`} data-file={f.file} data-code={f.code}>
                <bdi dir="ltr" className="file-name">{f.file}</bdi>
                <span className="failed-reason">{i18n.t(`import.failed.${f.code}`)}</span>
                <FailureDetail item={f} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <button type="button" className="button" onClick={onClose} autoFocus>
        {i18n.t('import.close')}
      </button>
    </Modal>
  )
}
