import type { DaftarApi } from '../../../shared/api'
import { createHttpApi } from './http-api'

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode. */
    daftar?: DaftarApi
  }
}

function pickApi(): DaftarApi {
  if (window.daftar) return window.daftar
  const token = document.querySelector<HTMLMetaElement>('meta[name="daftar-token"]')?.content ?? ''
  return createHttpApi(token)
}

/** The one way the UI reaches the app. It never asks which transport it has. */
export const api: DaftarApi = pickApi()
