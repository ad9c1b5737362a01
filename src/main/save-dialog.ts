import { dialog, type BrowserWindow, type SaveDialogOptions } from 'electron'
import { dirname, join } from 'node:path'

/**
 * Asks where to save a briefing, suggesting its safe file name in the folder the last briefing of
 * this session went to (`folder()`, Documents, at first). The system dialog confirms before
 * replacing an existing file (on Linux only when asked to: showOverwriteConfirmation), so a path it
 * returns may be written over. Null when the user cancels.
 */
export function chooseBriefingPath(window: () => BrowserWindow | undefined, folder: () => string): (fileName: string) => Promise<string | null> {
  let lastFolder: string | undefined
  return async (fileName) => {
    const options: SaveDialogOptions = {
      title: 'حفظ الإحاطة — Save briefing',
      defaultPath: join(lastFolder ?? folder(), fileName),
      filters: [{ name: 'Markdown', extensions: ['md'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    }
    const parent = window()
    const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options)
    if (result.canceled || !result.filePath) return null
    lastFolder = dirname(result.filePath)
    return result.filePath
  }
}
