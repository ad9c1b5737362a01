import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron'

/**
 * The desktop app's "import from a dialog": the OS open dialog, several files at once, articles
 * only. Returns the chosen paths (null when cancelled); the backend keeps them under a pick id and
 * the page imports them by index, so no path ever comes from the page.
 */
export function chooseImportFiles(window: () => BrowserWindow | undefined): () => Promise<string[] | null> {
  return async () => {
    const options: OpenDialogOptions = {
      title: 'استيراد مقالات — Import articles',
      filters: [
        { name: 'Articles', extensions: ['txt', 'md', 'html', 'htm'] },
        { name: 'All files', extensions: ['*'] },
      ],
      properties: ['openFile', 'multiSelections'],
    }
    const parent = window()
    const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options)
    return result.canceled ? null : result.filePaths
  }
}
