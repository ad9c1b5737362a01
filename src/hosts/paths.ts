import { homedir } from 'node:os'
import { join } from 'node:path'

export const APP_NAME = 'Daftar'

/**
 * The folder Electron's `app.getPath('userData')` gives on each OS, so browser mode and the
 * desktop app share one library by default.
 */
export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return join(env['APPDATA'] ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME)
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME)
  return join(env['XDG_CONFIG_HOME'] ?? join(homedir(), '.config'), APP_NAME)
}
