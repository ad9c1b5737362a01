import { contextBridge, ipcRenderer } from 'electron'
import { apiMethods, channelOf } from '../shared/channels'

/**
 * Exposes the DaftarApi to the page as `window.daftar`: one function per method, each a plain
 * invoke on its channel. No ipcRenderer, no Node, nothing else crosses the bridge.
 */
const api = Object.fromEntries(
  apiMethods.map((method) => [method, (...args: unknown[]) => ipcRenderer.invoke(channelOf(method), ...args)]),
)

contextBridge.exposeInMainWorld('daftar', Object.freeze(api))
