import { parseArgs } from 'node:util'
import { isStorySection, storySections, type StorySection } from '../core/briefing/story-sections'
import { highlightColors, type HighlightColor } from '../core/store/annotations'

/** A mistake in how the CLI was called: exit code 2, with a one-line message. */
export class UsageError extends Error {}

export type Command =
  | { kind: 'help' }
  | { kind: 'list'; what: 'entities' | 'articles' }
  | { kind: 'discover'; files: string[]; json: boolean }
  | {
      kind: 'export'
      scope: CliScope
      lang: 'ar' | 'en'
      out: string
      force: boolean
      byArticle: boolean
      sources: boolean
      allEntities: boolean
      /** Story sections to add (relations, timeline, figures). */
      with: StorySection[]
      title?: string
    }

/** What to export, as typed (names and file names are resolved against the data later). */
export type CliScope =
  | { kind: 'entities'; entities: string[]; articles: string[] }
  | { kind: 'articles'; articles: string[] }
  | { kind: 'highlights'; colors: HighlightColor[]; tags: string[] }
  | { kind: 'everything' }

export const USAGE = `Daftar — export a Markdown briefing without the app (reads DAFTAR_DATA_DIR, seeds from DAFTAR_SEEDS_DIR or ./seeds)

Usage:
  npm run cli -- export --entity <id|name> [--entity …] [--article <id>]… [--lang ar|en] --out FILE
  npm run cli -- export --article <id> [--article …] --out FILE
  npm run cli -- export --color <colour>… | --tag <id|name>… --out FILE
  npm run cli -- export --everything --out FILE
  npm run cli -- list entities
  npm run cli -- list articles
  npm run cli -- entities discover [--json] FILE…
  npm run cli -- --help

Scope (one of):
  --entity <id|name>   an entity by id or by any of its names (repeatable); with --article, only
                       those articles as sources
  --article <id>       these articles (repeatable; id or file name)
  --color <colour>     highlights of these colours: ${highlightColors.join(', ')} (repeatable)
  --tag <id|name>      highlights tagged with these entities (repeatable; with --color, both must hold)
  --everything         every entity, highlight and note

Export options:
  --lang ar|en         language of the headings (default ar)
  --out FILE           where to write the briefing (its folder must exist)
  --force              replace FILE if it exists (otherwise an existing file is never overwritten)
  --by-article         add the per-article section
  --all-entities       with --everything or --article: a section for every entity mentioned, not only
                       those with a quote, an orphan or a note in scope
  --no-sources         leave out the sources list
  --with LIST          add story sections, comma-separated (repeatable): ${storySections.join(', ')}
  --title TEXT         a title of your own

entities discover    parses each FILE as import does (without adding it), lists the registry's
                     mentions and proposes the names it does not know (people, organisations,
                     products, places), read across the files and the library; --json prints one
                     JSON object {"files":[{"file","known","suggestions"}]} with UTF-16 offsets

Exit codes: 0 done, 2 bad arguments, 1 failure (folder missing or not writable, file exists,
data folder in use by the app, …). SOURCE_DATE_EPOCH (seconds) fixes the briefing's date.`

/** Parses the command line (without node and the script). Throws UsageError. */
export function parseCommand(argv: readonly string[]): Command {
  let parsed: ReturnType<typeof parse>
  try {
    parsed = parse(argv)
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.split('\n')[0] : String(error))
  }
  const { values, positionals } = parsed
  if (values.help || positionals[0] === 'help') return { kind: 'help' }
  const [command, ...rest] = positionals
  if (command === 'list') {
    const what = rest[0]
    if (rest.length !== 1 || (what !== 'entities' && what !== 'articles')) throw new UsageError('list what? Use "list entities" or "list articles".')
    return { kind: 'list', what }
  }
  if (command === 'entities') {
    if (rest[0] !== 'discover') throw new UsageError('entities what? Use "entities discover [--json] FILE…".')
    if (rest.length < 2) throw new UsageError('entities discover needs at least one FILE.')
    return { kind: 'discover', files: rest.slice(1), json: values.json ?? false }
  }
  if (command !== 'export') throw new UsageError(command === undefined ? 'No command given (export, list, entities). See --help.' : `Unknown command "${command}" (export, list, entities). See --help.`)
  if (rest.length > 0) throw new UsageError(`Unexpected argument "${rest[0]}". See --help.`)
  const scope = scopeOf(values)
  if (!values.out) throw new UsageError('export needs --out FILE.')
  const lang = values.lang ?? 'ar'
  if (lang !== 'ar' && lang !== 'en') throw new UsageError(`--lang must be "ar" or "en", not "${lang}".`)
  return {
    kind: 'export',
    scope,
    lang,
    out: values.out,
    force: values.force ?? false,
    byArticle: values['by-article'] ?? false,
    sources: !(values['no-sources'] ?? false),
    allEntities: values['all-entities'] ?? false,
    with: storySectionsOf(values.with ?? []),
    ...(values.title ? { title: values.title } : {}),
  }
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      entity: { type: 'string', multiple: true },
      article: { type: 'string', multiple: true },
      color: { type: 'string', multiple: true },
      tag: { type: 'string', multiple: true },
      everything: { type: 'boolean' },
      lang: { type: 'string' },
      out: { type: 'string' },
      force: { type: 'boolean' },
      'by-article': { type: 'boolean' },
      'no-sources': { type: 'boolean' },
      'all-entities': { type: 'boolean' },
      with: { type: 'string', multiple: true },
      title: { type: 'string' },
      json: { type: 'boolean' },
    },
  })
}

/** "--with relations,timeline --with figures" → the sections, each once; an unknown name is a usage error. */
function storySectionsOf(lists: readonly string[]): StorySection[] {
  const names = lists.flatMap((list) => list.split(',')).map((name) => name.trim()).filter((name) => name.length > 0)
  const unknown = names.find((name) => !isStorySection(name))
  if (unknown !== undefined) throw new UsageError(`--with takes ${storySections.join(', ')}, not "${unknown}".`)
  if (lists.length > 0 && names.length === 0) throw new UsageError(`--with needs a section: ${storySections.join(', ')}.`)
  return storySections.filter((s) => names.includes(s))
}

/** One scope from the options; two that do not combine, or none, are a usage error. */
function scopeOf(values: ReturnType<typeof parse>['values']): CliScope {
  const entities = values.entity ?? []
  const articles = values.article ?? []
  const colors = values.color ?? []
  const tags = values.tag ?? []
  const byHighlights = colors.length > 0 || tags.length > 0
  const given = [entities.length > 0, byHighlights, values.everything === true].filter(Boolean).length
  if (given === 0 && articles.length === 0) throw new UsageError('export needs a scope: --entity, --article, --color or --tag, or --everything. See --help.')
  if (given > 1 || (articles.length > 0 && (byHighlights || values.everything))) {
    throw new UsageError('Choose one scope: --entity (with --article if you like), --article, --color/--tag, or --everything.')
  }
  const unknown = colors.find((c) => !(highlightColors as readonly string[]).includes(c))
  if (unknown !== undefined) throw new UsageError(`--color must be one of ${highlightColors.join(', ')}, not "${unknown}".`)
  if (entities.length > 0) return { kind: 'entities', entities, articles }
  if (byHighlights) return { kind: 'highlights', colors: colors as HighlightColor[], tags }
  if (values.everything) return { kind: 'everything' }
  return { kind: 'articles', articles }
}

/** The briefing's clock: SOURCE_DATE_EPOCH (reproducible builds' convention) when set, else now. */
export function clockFrom(env: NodeJS.ProcessEnv): () => Date {
  const raw = env['SOURCE_DATE_EPOCH']
  if (raw === undefined || raw === '') return () => new Date()
  if (!/^\d{1,12}$/.test(raw)) throw new UsageError(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not "${raw}".`)
  const at = new Date(Number(raw) * 1000)
  return () => at
}
