/** One line of canonical text, with its offsets and its trimmed content span. */
export interface Line {
  /** Offset of the first character of the line. */
  start: number
  /** Offset just past the last character (before the `\n`). */
  end: number
  /** Content span with surrounding whitespace (including no-break spaces) trimmed. */
  contentStart: number
  contentEnd: number
}

const isTrimmable = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x202f || c === 0xfeff

export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    let cs = start
    let ce = end
    while (cs < ce && isTrimmable(text.charCodeAt(cs))) cs++
    while (ce > cs && isTrimmable(text.charCodeAt(ce - 1))) ce--
    lines.push({ start, end, contentStart: cs, contentEnd: ce })
    start = end + 1
  }
  return lines
}

export const lineContent = (text: string, line: Line): string => text.slice(line.contentStart, line.contentEnd)
export const isEmptyLine = (line: Line): boolean => line.contentStart === line.contentEnd
