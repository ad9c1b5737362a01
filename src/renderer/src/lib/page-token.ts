const KEY = 'daftar-token'
const FRAGMENT = /^#token=([0-9A-Za-z_-]+)$/

/**
 * Browser mode's per-run token. `npm run web` prints it in the address's fragment (`#token=…`),
 * which the browser never sends to any server; the page keeps it for this tab in sessionStorage
 * (scoped to this origin, port included — unlike a cookie, which every server on 127.0.0.1 would
 * receive) and drops it from the address bar and history. Later loads in the tab (a reload, a deep
 * link given as `#daftar://…`) find it there.
 */
export function takePageToken(win: Window): string {
  // The address pasted into a tab that is already open changes only the fragment: load again to take it.
  win.addEventListener('hashchange', () => {
    if (FRAGMENT.test(win.location.hash)) win.location.reload()
  })
  const given = FRAGMENT.exec(win.location.hash)?.[1]
  if (given) win.history.replaceState(win.history.state, '', `${win.location.pathname}${win.location.search}`)
  try {
    if (given) win.sessionStorage.setItem(KEY, given)
    return given ?? win.sessionStorage.getItem(KEY) ?? ''
  } catch {
    // Storage refused (a hardened profile): the token still serves this load.
    return given ?? ''
  }
}
