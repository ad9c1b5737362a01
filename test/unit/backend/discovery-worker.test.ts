import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadArabicLexicon } from '../../../src/backend/discovery/arabic-lexicon'
import { discoveryRunner, type DiscoveryRunner } from '../../../src/backend/discovery/discovery-runner'
import { chromeRanges } from '../../../src/core/entities/article-mentions'
import { discoverNames } from '../../../src/core/entities/discovery/discover'
import type { DiscoveryText } from '../../../src/core/entities/discovery/types'
import { MentionIndex } from '../../../src/core/entities/mention-index'
import { nameKey } from '../../../src/core/entities/name-form'
import { loadStarterRegistry } from '../../fixtures/seed-mentions'
import { seed, seedFiles } from '../../support/seeds'

// One word-list cache for the whole file: the first load decodes the package (~2 s), later ones read it.
const cacheDir = mkdtempSync(join(tmpdir(), 'daftar-discovery-worker-'))
const lexiconCache = join(cacheDir, 'ar-words.btrie')
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }))

const registry = loadStarterRegistry()
const registryNames = registry.flatMap((e) => [e.nameAr, e.nameLatin, ...e.aliases])

/** The five seeds as the app reads them: parsed by the corpus loader, page furniture skipped, registry mentions known. */
function seedTexts(): DiscoveryText[] {
  const index = new MentionIndex(registry)
  return seedFiles().map((file) => {
    const article = seed(file.slice(0, 3))
    const skip = chromeRanges(article)
    return { text: article.text, skip, known: index.find(article.text, { skip }) }
  })
}

const runners: DiscoveryRunner[] = []
function runner(workers: 'threads' | 'inline'): DiscoveryRunner {
  const made = discoveryRunner({ workers, lexiconCache })
  runners.push(made)
  return made
}
afterAll(async () => {
  for (const r of runners) await r.close()
})

describe('library-wide discovery in its worker thread', () => {
  it('proposes exactly what the inline engine proposes for the five seeds', async () => {
    const texts = seedTexts()
    const inline = await runner('inline').discover({ texts, registryNames })
    const threaded = await runner('threads').discover({ texts, registryNames })
    expect(inline.length).toBeGreaterThan(10)
    expect(threaded).toEqual(inline)
    // Both crossed the packed form (occurrences in one typed array): what arrives is what the engine gave.
    expect(inline).toEqual(discoverNames(texts, { lexicon: loadArabicLexicon(lexiconCache), registryNames }))
    // Names the starter registry lacks, from the seeds' lists of hires: the comparison is over real findings.
    expect(inline.map((n) => n.name)).toEqual(expect.arrayContaining(['جاك راي']))
  })

  it('sends a library in batches and still proposes what the inline engine proposes, counting texts across batches', async () => {
    const texts = seedTexts()
    // More texts than one batch (200), each seed several times: occurrences must name texts by their place in the whole.
    const library = Array.from({ length: 230 }, (_, i) => texts[i % texts.length] as DiscoveryText)
    const inline = await runner('inline').discover({ texts: library, registryNames })
    const threaded = await runner('threads').discover({ texts: library, registryNames })
    expect(threaded).toEqual(inline)
    expect(Math.max(...inline.flatMap((n) => n.occurrences.map((o) => o.text)))).toBeGreaterThan(200)

    const broken = [...library]
    broken[217] = { text: 'قال', known: [{ start: 2, end: 1 }] }
    await expect(runner('threads').discover({ texts: broken, registryNames })).rejects.toThrow(/texts\[217\]\.known\[0\] is not a range/)
  })

  it('never proposes an ignored name again', async () => {
    const texts = seedTexts()
    const threads = runner('threads')
    const before = await threads.discover({ texts, registryNames })
    const dropped = before[0]?.name as string
    const after = await threads.discover({ texts, registryNames, ignored: [nameKey(dropped)] })
    expect(after.map((n) => n.name)).not.toContain(dropped)
    expect(after).toHaveLength(before.length - 1)
  })

  it('close() ends the thread: a discovery still running is rejected, and the next call starts a new thread', async () => {
    const threads = runner('threads')
    await threads.warm()
    const texts = seedTexts()
    const many = Array.from({ length: 400 }, (_, i) => texts[i % texts.length] as DiscoveryText)
    const running = threads.discover({ texts: many, registryNames })
    const outcome = running.then(() => 'finished', (error: Error) => error.message)
    await new Promise((r) => setTimeout(r, 50))
    await threads.close()
    expect(await outcome).toMatch(/discovery-worker thread was closed/)
    expect((await threads.discover({ texts: texts.slice(0, 1), registryNames })).length).toBeGreaterThan(0)
  })

  it.each(['threads', 'inline'] as const)('bad input comes back as a rejected promise with its message (%s)', async (workers) => {
    const r = runner(workers)
    const text = 'قال ديميس هسابيس'
    await expect(r.discover({ texts: [{ text, known: [{ start: 4, end: 99 }] }] })).rejects.toThrow(/texts\[0\]\.known\[0\] is not a range inside its text of 16 characters/)
    await expect(r.discover({ texts: 'not a list' as unknown as DiscoveryText[] })).rejects.toThrow(/texts must be an array/)
    await expect(r.discover({ texts: [{ text: 42, known: [] } as unknown as DiscoveryText] })).rejects.toThrow(/texts\[0\] must be \{ text: string/)
    await expect(r.discover({ texts: [], ignored: [7] as unknown as string[] })).rejects.toThrow(/ignored must be an array of strings/)
    // And the runner is still usable after each of them.
    await expect(r.discover({ texts: [{ text, known: [] }] })).resolves.toEqual(expect.any(Array))
  })

  it('a request that cannot cross to the thread fails at once and does not keep the process alive', async () => {
    // The child makes one such call, prints its error and must then exit by itself (a busy worker keeps a process alive).
    const child = spawn(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, 'discovery-uncloneable.child.ts'), lexiconCache], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr.on('data', (d: Buffer) => (out += d.toString()))
    const killer = setTimeout(() => child.kill('SIGKILL'), 20_000)
    const [code, signal] = (await once(child, 'exit')) as [number | null, string | null]
    clearTimeout(killer)
    expect({ code, signal }).toEqual({ code: 0, signal: null })
    expect(out).toMatch(/rejected: The discovery-worker call discover could not be sent: .*could not be cloned/)
  })
})
