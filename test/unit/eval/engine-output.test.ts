import { describe, expect, it } from 'vitest'
import { readOutput } from '../../eval/engine'
import type { EvalText } from '../../eval/texts'

const text = (path: string, body: string): EvalText => ({ file: path, id: path, path, text: body, blockEnds: new Set(), chrome: [] })

describe('readOutput (the CLI’s `entities discover --json` object)', () => {
  const a = text('/x/a.txt', 'قال سامي نور إن زيتون')
  const b = text('/x/b.txt', 'زيتون')

  it('keeps what was found per file as given', () => {
    const out = JSON.stringify({
      files: [
        {
          file: '/x/a.txt',
          known: [{ entityId: 'z', start: 16, end: 21, text: 'زيتون' }],
          suggestions: [{ name: 'سامي نور', type: 'person', occurrences: [{ start: 4, end: 12, text: 'سامي نور' }] }],
        },
        { file: '/x/b.txt', known: [], suggestions: [] },
      ],
    })
    const run = readOutput(out, [a, b])
    expect(run.ok).toBe(true)
    if (!run.ok) return
    expect(run.warnings).toEqual([])
    expect(run.byPath.get('/x/a.txt')?.suggestions[0]?.occurrences).toEqual([{ start: 4, end: 12, text: 'سامي نور' }])
  })

  it('warns when a span’s text is not the slice of our parse, and when a file is left out', () => {
    const out = JSON.stringify({
      files: [{ file: '/x/a.txt', known: [{ entityId: 'z', start: 15, end: 21, text: 'زيتون' }], suggestions: [] }],
    })
    const run = readOutput(out, [a, b])
    expect(run.ok && run.warnings.map((w) => w.split(':')[0])).toEqual(['/x/a.txt', 'the CLI said nothing about /x/b.txt'])
  })

  it('refuses output that is not one JSON object with a files array', () => {
    expect(readOutput('Wrote a table', [a])).toMatchObject({ ok: false, reason: expect.stringContaining('did not print one JSON object') })
    expect(readOutput('{"results":[]}', [a])).toMatchObject({ ok: false, reason: expect.stringContaining('"files"') })
  })
})
