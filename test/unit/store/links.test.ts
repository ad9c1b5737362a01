import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openBackend } from '../../../src/backend/backend'
import { SEEDS_DIR } from '../helpers/backend'
import { makeTempDir } from '../helpers/temp-dir'

/** A system file outside the data folder, with a secret in its first bytes (JSON.parse quotes them in its error). */
async function outsideFile(): Promise<{ path: string; secret: string }> {
  const secret = 'OUTSIDE-SECRET-7c1d'
  const dir = await makeTempDir('outside')
  const path = join(dir, 'passwd')
  await fsp.writeFile(path, `${secret}:x:0:0:root:/root:/bin/bash\n`)
  return { path, secret }
}

describe('the store never reads through a link', () => {
  it('does not read a settings file that is a link to a file outside the data folder, and says it is not a regular file', async () => {
    const dataDir = await makeTempDir('links')
    const outside = await outsideFile()
    await fsp.symlink(outside.path, join(dataDir, 'settings.json'))
    const before = await fsp.readFile(outside.path, 'utf8')

    const backend = await openBackend({ dataDir, seedsDir: SEEDS_DIR })
    try {
      const notices = JSON.stringify(backend.notices)
      expect(notices).not.toContain(outside.secret.slice(0, 7))
      expect(notices).toContain('not a regular file')
      // The file outside is left exactly as it was.
      expect(await fsp.readFile(outside.path, 'utf8')).toBe(before)
    } finally {
      await backend.close()
    }
  })

  it('reports a note that is a folder as not a regular file, not as written by a newer Daftar', async () => {
    const dataDir = await makeTempDir('links')
    await fsp.mkdir(join(dataDir, 'notes', 'folder-note.json'), { recursive: true })
    const backend = await openBackend({ dataDir, seedsDir: SEEDS_DIR })
    try {
      await backend.notes.collection.openAll()
      const notices = JSON.stringify(backend.allNotices())
      expect(notices).toContain('not a regular file (a folder)')
      expect(notices).not.toMatch(/newer/i)
    } finally {
      await backend.close()
    }
  })
})
