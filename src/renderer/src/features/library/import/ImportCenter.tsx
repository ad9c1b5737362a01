import { useCallback, type ReactNode } from 'react'
import { useI18n } from '../../../i18n/I18nProvider'
import { ImportProgress } from './ImportProgress'
import { ImportReportDialog } from './ImportReportDialog'
import { PasteDialog } from './PasteDialog'
import { useFileDrop } from './useFileDrop'
import type { Importer } from './useImporter'

interface Props {
  importer: Importer
  pasteOpen: boolean
  onClosePaste: () => void
  onOpen: (id: string) => void
}

/** Everything an import shows: the drop target over the window, progress, the report, the paste dialog. */
export function ImportCenter({ importer, pasteOpen, onClosePaste, onOpen }: Props): ReactNode {
  const i18n = useI18n()
  const { state } = importer
  const importFiles = importer.importFiles
  const onFiles = useCallback((files: File[]) => void importFiles(files), [importFiles])
  const dragging = useFileDrop(onFiles)
  return (
    <>
      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          <p>{i18n.t('import.dropHere')}</p>
          <p className="drop-hint">{i18n.t('import.dropHint')}</p>
        </div>
      ) : null}
      {state.phase === 'running' ? <ImportProgress done={state.done} total={state.total} onCancel={importer.cancel} /> : null}
      {state.phase === 'done' ? <ImportReportDialog report={state.report} cancelled={state.cancelled} onOpen={onOpen} onClose={importer.dismiss} /> : null}
      <PasteDialog open={pasteOpen} onSubmit={importer.importText} onClose={onClosePaste} />
    </>
  )
}
