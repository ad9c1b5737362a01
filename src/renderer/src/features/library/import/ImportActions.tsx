import { useRef, type ReactNode } from 'react'
import { IMPORT_EXTENSIONS } from '../../../../../shared/library-api'
import { useI18n } from '../../../i18n/I18nProvider'
import type { Importer } from './useImporter'

/**
 * "Import files" and "Paste text". Import asks for the system dialog first (the desktop app); where
 * there is none (browser mode answers so), it opens the page's own file picker, and remembers.
 */
export function ImportActions({ importer, onPaste }: { importer: Importer; onPaste: () => void }): ReactNode {
  const i18n = useI18n()
  const input = useRef<HTMLInputElement>(null)
  const noDialog = useRef(false)
  const busy = importer.state.phase === 'running'

  const onImport = async (): Promise<void> => {
    if (!noDialog.current && (await importer.importFromDialog()) === 'done') return
    noDialog.current = true
    input.current?.click()
  }

  return (
    <>
      <button type="button" className="button" onClick={() => void onImport()} disabled={busy} data-action="import-files">
        {i18n.t('import.button')}
      </button>
      <button type="button" className="button" onClick={onPaste} disabled={busy} data-action="paste-article">
        {i18n.t('import.paste')}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        accept={IMPORT_EXTENSIONS.join(',')}
        data-role="import-picker"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])]
          event.target.value = ''
          if (files.length > 0) void importer.importFiles(files)
        }}
      />
    </>
  )
}
