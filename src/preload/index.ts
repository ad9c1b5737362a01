import { contextBridge, ipcRenderer } from 'electron'
import { apiMethods, channelOf, eventChannels } from '../shared/channels'

/**
 * Exposes the DaftarClient to the page as `window.daftar`: one function per method, each a plain
 * invoke on its channel, and one subscription per event. No ipcRenderer, no Node, nothing else
 * crosses the bridge.
 */
const api = Object.fromEntries(
  apiMethods.map((method) => [method, (...args: unknown[]) => ipcRenderer.invoke(channelOf(method), ...args)]),
)

// A deep link can arrive before the page subscribes (the OS started the app to open it): the last
// one waits here for the first listener. Listening starts now, before any page script runs.
type Listener = (link: unknown) => void
const listeners = new Set<Listener>()
let pending: { link: unknown } | null = null
ipcRenderer.on(eventChannels.onOpenLink, (_event, link: unknown) => {
  if (listeners.size === 0) pending = { link }
  else for (const listener of listeners) listener(link)
})

const events = {
  onOpenLink: (listener: Listener): (() => void) => {
    listeners.add(listener)
    if (pending) {
      const { link } = pending
      pending = null
      queueMicrotask(() => listener(link))
    }
    return () => void listeners.delete(listener)
  },
}

contextBridge.exposeInMainWorld('daftar', Object.freeze({ ...api, ...events }))
