import { resolve } from 'node:path'
import type { Backend } from '../backend/backend'
import { loadArabicLexicon, lexiconCacheFile } from '../backend/discovery/arabic-lexicon'
import { discoverInFiles, type FileDiscovery } from '../backend/discovery/discover-files'
import type { Command } from './args'

type DiscoverCommand = Extract<Command, { kind: 'discover' }>

/**
 * `entities discover [--json] FILE…`. Files are named as given (relative to where the user typed the
 * command); offsets are UTF-16 offsets in the text as import parses it, and `text` is that slice.
 */
export async function discover(command: DiscoverCommand, backend: Backend, env: NodeJS.ProcessEnv, cwd: string): Promise<string> {
  const base = env['INIT_CWD'] ?? cwd
  const lexicon = loadArabicLexicon(lexiconCacheFile(backend.dataDir))
  const paths = command.files.map((f) => resolve(base, f))
  const found = await discoverInFiles(paths, backend.entities.entities, backend.articles(), lexicon)
  if (!found.ok) throw new Error(found.message)
  const files = found.files.map((f, i) => ({ ...f, file: command.files[i] as string }))
  return command.json ? jsonWithoutRawControls({ files: files.map(asJson) }) : files.map(asTable).join('\n\n')
}

function asJson(f: FileDiscovery): object {
  return {
    file: f.file,
    known: f.known.map((m) => ({ entityId: m.entityId, start: m.start, end: m.end, text: f.text.slice(m.start, m.end) })),
    suggestions: f.suggestions,
  }
}

function asTable(f: FileDiscovery): string {
  const rows = f.suggestions.map((s) => [s.name, s.type, String(s.occurrences.length), s.signals.join(', ')].join('\t'))
  return [`${f.file}: ${f.known.length} known mention(s), ${f.suggestions.length} new name(s)`, ...rows].join('\n')
}

/**
 * JSON.stringify leaves DEL and C1 controls raw, and the CLI would then escape them as `\xNN`, which
 * is no JSON; written as JSON escapes they stay exactly the article's text once parsed.
 */
const jsonWithoutRawControls = (value: unknown): string =>
  JSON.stringify(value).replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
