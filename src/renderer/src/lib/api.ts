import type { DaftarClient } from '../../../shared/api'
import { fragmentLinkEvents } from './fragment-links'
import { createHttpApi } from './http-api'
import { takePageToken } from './page-token'

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode. */
    daftar?: DaftarClient
  }
}

function pickApi(): DaftarClient {
  if (window.daftar) return window.daftar
  return { ...createHttpApi(takePageToken(window)), ...fragmentLinkEvents(window) }
}

/** The one way the UI reaches the app. It never asks which transport it has. */
export const api: DaftarClient = pickApi()
