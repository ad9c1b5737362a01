import type { DaftarClient } from '../../../shared/api'
import { fragmentLinkEvents } from './fragment-links'
import { createHttpApi } from './http-api'

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode. */
    daftar?: DaftarClient
  }
}

function pickApi(): DaftarClient {
  if (window.daftar) return window.daftar
  const token = document.querySelector<HTMLMetaElement>('meta[name="daftar-token"]')?.content ?? ''
  return { ...createHttpApi(token), ...fragmentLinkEvents(window) }
}

/** The one way the UI reaches the app. It never asks which transport it has. */
export const api: DaftarClient = pickApi()
