import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contentTypeOf, readStaticFile, resolveStaticPath } from '../../../src/hosts/static-files'
import { makeTempDir } from '../helpers/temp-dir'

describe('resolveStaticPath', () => {
  const root = join('/srv', 'renderer')

  it('maps plain paths inside the folder, and / to index.html', () => {
    expect(resolveStaticPath(root, '/')).toBe(join(root, 'index.html'))
    expect(resolveStaticPath(root, '/assets/app.js')).toBe(join(root, 'assets', 'app.js'))
    expect(resolveStaticPath(root, '/assets/%D8%AF.woff2')).toBe(join(root, 'assets', 'د.woff2'))
  })

  const refused = [
    ['a raw parent segment', '/../package.json'],
    ['a dot segment', '/./index.html'],
    ['a percent-encoded parent segment', '/%2e%2e/package.json'],
    ['a double-encoded parent segment', '/%252e%252e/package.json'],
    ['an encoded slash', '/assets/..%2f..%2fpackage.json'],
    ['an encoded backslash', '/..%5cpackage.json'],
    ['a raw backslash', '/..\\package.json'],
    ['an encoded NUL', '/assets/%00'],
    ['a raw control character', '/assets/a\u0001.js'],
    ['a broken percent escape', '/assets/%'],
    ['an overlong UTF-8 dot', '/%c0%ae%c0%ae/package.json'],
  ] as const
  for (const [name, path] of refused) {
    it(`refuses ${name} (${JSON.stringify(path)})`, () => {
      expect(resolveStaticPath(root, path)).toBeNull()
    })
  }
})

describe('readStaticFile', () => {
  it('reads a regular file and refuses a folder or a missing file', async () => {
    const dir = await makeTempDir('static')
    await fsp.writeFile(join(dir, 'a.txt'), 'hello')
    await fsp.mkdir(join(dir, 'sub'))
    expect((await readStaticFile(join(dir, 'a.txt')))?.toString()).toBe('hello')
    expect(await readStaticFile(join(dir, 'sub'))).toBeNull()
    expect(await readStaticFile(join(dir, 'missing'))).toBeNull()
  })

  it('types files by extension, unknown ones as opaque bytes', () => {
    expect(contentTypeOf('/x/index.HTML')).toBe('text/html; charset=utf-8')
    expect(contentTypeOf('/x/font.woff2')).toBe('font/woff2')
    expect(contentTypeOf('/x/data.bin')).toBe('application/octet-stream')
  })
})
