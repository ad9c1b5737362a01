import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Library } from '../../../src/shared/api'
import type { ImportReport } from '../../../src/shared/library-api'
import { crlf, encodeSingleByte, utf16le } from '../../support/encodings'
import { hostilePage } from '../../support/hostile-page'
import { seed, seedBytes, seedFiles } from '../../support/seeds'
import { closeBackend, openHandlers, SEEDS_DIR, valueOf } from '../helpers/backend'
import { faultyFs } from '../helpers/faulty-fs'
import { makeTempDir } from '../helpers/temp-dir'
import type { Article } from '../../../src/core/corpus/types'
import { plainArticle } from '../../../src/backend/library/lazy-text'

const file = (name: string, bytes: Uint8Array | string): { name: string; data: string } => ({ name, data: Buffer.from(bytes).toString('base64') })
const seedText = (i: number): string => seedBytes(seedFiles()[i] as string).toString('utf8')

/** A seed with its first line changed: new content, so never a duplicate of the seed itself. */
const variant = (i: number, tag: string): string => seedText(i).replace(/^([^\n]*)/, `$1 — ${tag}`)

async function open(options: { dataDir?: string; workers?: 'threads' | 'inline'; fs?: ReturnType<typeof faultyFs>['fs'] } = {}) {
  const dataDir = options.dataDir ?? (await makeTempDir('import'))
  const opened = await openHandlers({ dataDir, seedsDir: SEEDS_DIR, workers: options.workers ?? 'inline', ...(options.fs ? { fs: options.fs } : {}) })
  return { dataDir, ...opened }
}

describe('importing a batch with bad files in it', () => {
  it('imports the good files, lists every bad one with its reason, and keeps nothing of the bad ones', async () => {
    const { dataDir, handlers, backend } = await open({ workers: 'threads' })
    const good = Buffer.from(variant(3, 'utf-8'))
    const invalidMiddle = Buffer.concat([good.subarray(0, 600), Buffer.from([0xff, 0xfe]), good.subarray(600)])
    let cutAt = good.length - 1
    while ((good[cutAt] as number) < 0xc2) cutAt--
    const big = Buffer.alloc(5 * 1024 * 1024 + 10, Buffer.from(variant(4, 'big')))
    const batch = [
      file('empty.txt', new Uint8Array()),
      file('binary.txt', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))),
      file('bad-middle.txt', invalidMiddle),
      file('bad-end.txt', good.subarray(0, cutAt + 1)),
      file('huge.txt', big),
      file('page.txt', hostilePage(seed('004'))),
      file('cp1256.txt', encodeSingleByte(variant(1, 'cp1256'), 'windows-1256')),
      file('utf16.txt', utf16le(variant(2, 'utf16'), false)),
      file('ok.md', good),
      file('again.txt', crlf(variant(3, 'utf-8'))),
      file('seed-copy.txt', seedBytes(seedFiles()[0] as string)),
      file('\u202Etxt.exe\u202C\u200B.txt', Buffer.from(variant(0, 'bidi'))),
      file('report.pdf', good),
    ]
    const report = valueOf<ImportReport>(await handlers.importFiles([batch]))

    expect(report.imported.map((i) => i.file).sort()).toEqual(['cp1256.txt', 'ok.md', 'page.txt', 'txt.exe.txt', 'utf16.txt'])
    expect(report.duplicates).toEqual([
      { file: 'again.txt', existingId: 'ok', existingTitle: expect.any(String) },
      { file: 'seed-copy.txt', existingId: '000_fcf6e2d5e2034c53', existingTitle: seed('000').meta.title },
    ])
    const failed = Object.fromEntries(report.failed.map((f) => [f.file, `${f.code}: ${f.message}`]))
    expect(failed).toEqual({
      'empty.txt': expect.stringMatching(/^empty: .*0 bytes/),
      'binary.txt': expect.stringMatching(/^binary: /),
      'bad-middle.txt': 'undecodable: The file is not valid UTF-8: invalid bytes at byte 600 of ' + invalidMiddle.length.toLocaleString('en-US') + '.',
      'bad-end.txt': expect.stringMatching(/^undecodable: .*cut off in the middle of a character.*truncated/),
      'huge.txt': expect.stringMatching(/^too-large: The file is 5\.0 MiB; articles up to 4\.0 MiB/),
      'report.pdf': expect.stringMatching(/^unsupported: Only \.txt, \.md, \.html, \.htm/),
    })

    const byFile = Object.fromEntries(report.imported.map((i) => [i.file, i]))
    expect(byFile['cp1256.txt']?.encoding).toBe('windows-1256')
    expect(byFile['utf16.txt']?.encoding).toBe('utf-16le')
    expect(byFile['page.txt']?.warnings.join(' ')).toMatch(/web page/)
    expect(byFile['txt.exe.txt']?.warnings.join(' ')).toMatch(/control characters were removed/)

    // The originals of the imported files, and nothing else, are in the imports folder.
    const stored = (await fsp.readdir(join(dataDir, 'imports'))).filter((n) => !n.startsWith('.')).sort()
    expect(stored).toEqual(['cp1256.txt', 'ok.md', 'page.txt', 'txt.exe.txt', 'utf16.txt'])
    expect(await fsp.readFile(join(dataDir, 'imports', 'cp1256.txt'))).toEqual(encodeSingleByte(variant(1, 'cp1256'), 'windows-1256'))

    // In the library at once, with the imported text.
    const library = valueOf<Library>(await handlers.listLibrary([]))
    expect(library.articles).toHaveLength(5 + 5)
    expect(backend.article('cp1256')?.text).toBe(variant(1, 'cp1256'))
    expect(backend.article('utf16')?.text).toBe(variant(2, 'utf16'))
    expect(library.articles.find((a) => a.id === 'ok')).toMatchObject({ origin: 'imported', addedAt: expect.any(String) })
  })

  it('gives a file named like a bundled article a name of its own', async () => {
    const { handlers } = await open()
    const report = valueOf<ImportReport>(await handlers.importFiles([[file('000_fcf6e2d5e2034c53.txt', variant(0, 'mine')), file('con.txt', variant(1, 'reserved'))]]))
    expect(report.imported.map((i) => i.id)).toEqual(['000_fcf6e2d5e2034c53-2', 'con_'])
  })

  it('reports a file it cannot read from disk (the desktop dialog path) and still imports the others', async () => {
    const { backend } = await open()
    const dir = await makeTempDir('picked')
    await fsp.mkdir(join(dir, 'folder.txt'))
    await fsp.writeFile(join(dir, 'fine.txt'), variant(2, 'picked'))
    const picked = await backend.librarian.pick([join(dir, 'folder.txt'), join(dir, 'fine.txt'), join(dir, 'gone.txt')])
    expect(picked.files.map((f) => f.name)).toEqual(['folder.txt', 'fine.txt', 'gone.txt'])
    const report = valueOf<ImportReport>(await backend.librarian.importPicked(picked.pickId, [0, 1, 2]))
    expect(report.imported.map((i) => i.file)).toEqual(['fine.txt'])
    expect(report.failed.map((f) => [f.file, f.code, f.message])).toEqual([
      ['folder.txt', 'unreadable', expect.stringMatching(/Could not read folder\.txt: .*EISDIR/)],
      ['gone.txt', 'unreadable', expect.stringMatching(/Could not read gone\.txt: the folder does not exist \(ENOENT\)/)],
    ])
  })

  it('browser mode has no dialog: it says to use the file picker', async () => {
    const { handlers } = await open()
    const answer = await handlers.pickImportFiles([])
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-request', details: { reason: 'use-file-picker' } } })
  })

  it('never shows half an import: a file whose copy cannot be written stays out of the library', async () => {
    const faults = faultyFs()
    const { dataDir, handlers } = await open({ fs: faults.fs })
    faults.setFault((call) => (call.op === 'sync' && call.path.includes(`${join('imports', '.')}`) ? 'ENOSPC' : undefined))
    const report = valueOf<ImportReport>(await handlers.importFiles([[file('full.txt', variant(1, 'disk full'))]]))
    expect(report.failed).toEqual([{ file: 'full.txt', code: 'write-failed', message: expect.stringMatching(/disk is full/), reason: { key: 'save-failed', params: { error: 'ENOSPC' } } }])
    expect(valueOf<Library>(await handlers.listLibrary([])).articles).toHaveLength(5)
    const left = await fsp.readdir(join(dataDir, 'imports')).catch(() => [])
    expect(left).toEqual([])
  })

  it('keeps imports across a restart, under the same ids', async () => {
    const first = await open()
    valueOf(await first.handlers.importFiles([[file('kept.txt', encodeSingleByte(variant(4, 'kept'), 'windows-1256')), file('page.html', hostilePage(seed('004')))]]))
    const before = first.backend.article('page')
    await closeBackend(first.backend)
    const again = await open({ dataDir: first.dataDir })
    expect(again.backend.article('kept')?.text).toBe(variant(4, 'kept'))
    expect(plainArticle(again.backend.article('page') as Article)).toEqual(before)
    expect(again.backend.library().articles.map((a) => a.id)).toEqual([...seedFiles().map((f) => f.replace('.txt', '')), 'kept', 'page'])
  })

  it('imports pasted text as an article whose first line is the title', async () => {
    const { handlers, backend } = await open({ dataDir: await makeTempDir('paste') })
    const report = valueOf<ImportReport>(await handlers.importText([{ title: 'مقال ملصوق', text: 'قال مارك زوكربيرغ إن الشركة ستستثمر في الذكاء الاصطناعي.\nفقرة ثانية.' }]))
    const id = report.imported[0]?.id as string
    expect(backend.article(id)?.meta.title).toBe('مقال ملصوق')
    expect(backend.article(id)?.text.startsWith('مقال ملصوق\n\n')).toBe(true)
  })
})
