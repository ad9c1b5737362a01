import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import type { Handlers } from '../../backend/handlers'
import type { ApiMethod } from '../../shared/api'
import { channelOf } from '../../shared/channels'
import { err } from '../../shared/result'

/**
 * The only place main touches ipcMain. A call is served only when it comes from the top frame of
 * the app's own page (not a subframe, not another origin); its arguments then go to the handler,
 * which validates them. Everything answers a Result, so Electron never has to serialise an Error.
 */
export function isTrustedSender(event: IpcMainInvokeEvent, isAppUrl: (url: string) => boolean): boolean {
  const frame = event.senderFrame
  if (!frame || frame.parent !== null) return false
  return isAppUrl(frame.url)
}

export function registerIpcHandlers(handlers: Handlers, isAppUrl: (url: string) => boolean): void {
  for (const method of Object.keys(handlers) as ApiMethod[]) {
    ipcMain.handle(channelOf(method), async (event, ...args: unknown[]) => {
      if (!isTrustedSender(event, isAppUrl)) return err('forbidden', `${method}: refused a call from an untrusted frame`)
      return handlers[method](args)
    })
  }
}
