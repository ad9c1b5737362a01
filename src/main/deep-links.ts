import { DEEP_LINK_SCHEME, parseDeepLink, type PassageLink } from '../core/briefing/deep-link'
import { eventChannels } from '../shared/channels'

/** What a deep link is sent through: the window's webContents. */
export interface LinkTarget {
  send(channel: string, link: PassageLink): void
}

/**
 * The deep link among command-line arguments: Windows and Linux start the app — or hand a second
 * instance's arguments to the first — with the daftar:// URL as an argument.
 */
export function deepLinkInArgv(argv: readonly string[]): PassageLink | null {
  for (const arg of argv) {
    if (typeof arg !== 'string' || !arg.toLowerCase().startsWith(`${DEEP_LINK_SCHEME}://`)) continue
    const link = parseDeepLink(arg)
    if (link) return link
  }
  return null
}

/**
 * Delivers deep links to the page. A link that comes before the page has loaded (the OS started the
 * app to open it; macOS sends open-url before ready) waits, and is sent once the window's page is
 * there. Anything that does not parse as a deep link is dropped: main never forwards raw URLs.
 */
export class DeepLinkRouter {
  private pending: PassageLink | null = null
  private target: LinkTarget | null = null

  /** A raw URL from the OS; false when it is not a valid deep link. */
  open(raw: string): boolean {
    const link = parseDeepLink(raw)
    if (link) this.deliver(link)
    return link !== null
  }

  deliver(link: PassageLink): void {
    if (this.target) this.target.send(eventChannels.onOpenLink, link)
    else this.pending = link
  }

  /** The page has loaded: from now on links go straight to it, starting with the one that waited. */
  attach(target: LinkTarget): void {
    this.target = target
    const waiting = this.pending
    this.pending = null
    if (waiting) target.send(eventChannels.onOpenLink, waiting)
  }
}
