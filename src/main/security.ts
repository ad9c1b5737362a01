import type { App, Session, WebContents } from 'electron'

/** Only these schemes may leave the app, and only after the user agrees. */
const EXTERNAL_SCHEMES = new Set(['http:', 'https:', 'mailto:'])

/** Parses a URL for opening outside the app; null for anything but http(s)/mailto or any odd form. */
export function externalUrl(raw: string): URL | null {
  if (typeof raw !== 'string' || raw.length > 2048 || /[\u0000-\u0020\u007f-\u009f\p{Cf}\u2028\u2029]/u.test(raw)) return null
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return null
  }
  return EXTERNAL_SCHEMES.has(url.protocol) ? url : null
}

export interface ExternalOpener {
  /** Asks the user; resolves true only on an explicit yes. */
  confirm(url: URL): Promise<boolean>
  open(url: string): Promise<void>
}

/** Opens an allowed URL in the system browser after confirmation. Returns whether it opened. */
export async function openExternalSafely(raw: string, opener: ExternalOpener): Promise<boolean> {
  const url = externalUrl(raw)
  if (!url) return false
  if (!(await opener.confirm(url))) return false
  await opener.open(url.toString())
  return true
}

/**
 * Locks down every web contents the app creates: no navigation away from the app, no new windows
 * (links the user clicks go through `openExternalSafely`), no <webview>.
 */
export function hardenWebContents(contents: WebContents, isAppUrl: (url: string) => boolean, opener: ExternalOpener): void {
  const denyNavigation = (event: { preventDefault(): void; url?: string }, url?: string): void => {
    const target = url ?? event.url ?? ''
    if (!isAppUrl(target)) event.preventDefault()
  }
  contents.on('will-navigate', denyNavigation)
  contents.on('will-redirect', denyNavigation)
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalSafely(url, opener)
    return { action: 'deny' }
  })
}

/** The app asks for no permission (camera, notifications, geolocation, …): all are refused. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
}

/** Applies `hardenWebContents` to every web contents, present and future. */
export function hardenApp(app: App, isAppUrl: (url: string) => boolean, opener: ExternalOpener): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, isAppUrl, opener))
}
