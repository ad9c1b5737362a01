import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Temp folders made during the bench; `removeAll` deletes every one of them. */
export class TempDirs {
  private readonly made: string[] = []

  async make(label: string): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), `daftar-bench-${label.replace(/[^a-z0-9-]/gi, '-')}-`))
    this.made.push(dir)
    return dir
  }

  async removeAll(): Promise<void> {
    await Promise.all(this.made.splice(0).map((dir) => rm(dir, { recursive: true, force: true, maxRetries: 3 })))
  }
}
