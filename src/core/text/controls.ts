/**
 * C0 controls other than tab and newline, DEL and C1 controls. Printed raw to a terminal, ESC and
 * BEL (and the C1 CSI U+009B) change the window title, colours or clear the screen, and OSC 8
 * makes a clickable link to anywhere; none belongs in a title or a name.
 */
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g

/** The text without those controls (titles and names at import). */
export const dropControls = (text: string): string => text.replace(CONTROLS, '')

/** The text with each such control shown as `\xNN`, for printing to a terminal. */
export const escapeControls = (text: string): string =>
  text.replace(CONTROLS, (c) => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
