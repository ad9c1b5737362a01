/** What a killed writer had acknowledged, read from its stdout lines (see writer.ts). */
export class Acknowledged {
  readonly highlights = new Set<string>()
  /** Note id → newest acknowledged revision. */
  readonly notes = new Map<string, number>()
  /** Article id → newest acknowledged reading offset. */
  readonly positions = new Map<string, number>()
  count = 0

  /** Adds the complete lines of one child's output (a torn last line was never acknowledged). */
  add(stdout: string): void {
    const lines = stdout.split('\n')
    lines.pop()
    for (const line of lines) {
      const [kind, id, value] = line.split(' ')
      if (kind === 'ready' || !id) continue
      this.count++
      if (kind === 'H') this.highlights.add(id)
      else if (kind === 'N') this.notes.set(id, Math.max(Number(value), this.notes.get(id) ?? 0))
      else if (kind === 'P') this.positions.set(id, Math.max(Number(value), this.positions.get(id) ?? 0))
      else throw new Error(`unexpected writer line: ${line}`)
    }
  }
}
