import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { chromeRanges } from '../../core/entities/article-mentions'
import { namesOf } from '../../core/entities/compile-names'
import { discoverNames } from '../../core/entities/discovery/discover'
import type { Lexicon } from '../../core/entities/discovery/lexicon'
import type { DiscoveredName, DiscoveryText } from '../../core/entities/discovery/types'
import { MentionIndex } from '../../core/entities/mention-index'
import type { Entity, Mention } from '../../core/entities/types'
import type { Article } from '../../core/corpus/types'
import { parseImport } from '../import/parse-import'
import { bodiesOf } from '../library/lazy-text'

/** One file as discovery saw it. */
export interface FileDiscovery {
  file: string
  text: string
  known: Mention[]
  suggestions: {
    name: string
    type: DiscoveredName['type']
    signals: DiscoveredName['signals']
    aliases: string[]
    occurrences: { start: number; end: number; text: string }[]
  }[]
}

export type FilesDiscovery = { ok: true; files: FileDiscovery[] } | { ok: false; file: string; message: string }

/**
 * `entities discover`: parses each file as import does (without adding it to the library), finds the
 * registry's mentions, and runs discovery over the files together with the library's articles (they
 * tell which words recur), reporting only the files asked about.
 */
export async function discoverInFiles(
  paths: readonly string[],
  registry: readonly Entity[],
  library: readonly Article[],
  lexicon: Lexicon,
): Promise<FilesDiscovery> {
  const index = new MentionIndex(registry)
  const parsed: { file: string; text: string; skip: { start: number; end: number }[] }[] = []
  for (const file of paths) {
    let bytes: Uint8Array
    try {
      bytes = await readFile(file)
    } catch (error) {
      return { ok: false, file, message: `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}` }
    }
    const result = parseImport(basename(file).replace(/\.[^.]+$/, ''), basename(file), bytes)
    if (!result.ok) return { ok: false, file, message: `${file}: ${result.error.message}` }
    parsed.push({ file, text: result.article.text, skip: chromeRanges(result.article) })
  }
  const given = new Set(parsed.map((p) => p.text))
  const context = (await bodiesOf(library)).filter((b) => !given.has(b.text))
  const docs: DiscoveryText[] = [...parsed, ...context.map((b) => ({ text: b.text, skip: chromeRanges(b) }))].map((d) => ({
    text: d.text,
    skip: d.skip,
    known: index.find(d.text, { skip: d.skip }),
  }))
  const names = discoverNames(docs, { lexicon, registryNames: registry.flatMap(namesOf) })
  const files = parsed.map((p, t): FileDiscovery => ({
    file: p.file,
    text: p.text,
    known: (docs[t] as DiscoveryText).known as Mention[],
    suggestions: names
      .filter((n) => n.occurrences.some((o) => o.text === t))
      .map((n) => ({
        name: spellingIn(p.text, n, t),
        type: n.type,
        signals: n.signals,
        aliases: n.aliases,
        occurrences: n.occurrences
          .filter((o) => o.text === t)
          .map((o) => ({ start: o.start, end: o.end, text: p.text.slice(o.start, o.end) })),
      })),
  }))
  return { ok: true, files }
}

/**
 * The name as this file writes it: texts spell one name several ways ("كامبريدج" / "كمبردج"), and a
 * reader of one file expects that file's spelling. The surname alone is not a spelling of the name.
 */
function spellingIn(text: string, n: DiscoveredName, t: number): string {
  const words = n.name.split(/\s+/).length
  const counts = new Map<string, number>()
  for (const o of n.occurrences) {
    const written = text.slice(o.start, o.end)
    // "للولايات المتحدة" is matched from its second lam: that slice is no spelling of the name.
    const sameArticle = written.startsWith('ال') === n.name.startsWith('ال')
    if (o.text === t && sameArticle && written.split(/\s+/).length === words) counts.set(written, (counts.get(written) ?? 0) + 1)
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? n.name
}
