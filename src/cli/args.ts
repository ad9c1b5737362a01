import { parseArgs } from 'node:util'

/** A mistake in how the CLI was called: exit code 2, with a one-line message. */
export class UsageError extends Error {}

export type Command =
  | { kind: 'help' }
  | { kind: 'list'; what: 'entities' | 'articles' }
  | {
      kind: 'export'
      entities: string[]
      articles: string[]
      lang: 'ar' | 'en'
      out: string
      force: boolean
      byArticle: boolean
      sources: boolean
      title?: string
    }

export const USAGE = `Daftar — export a Markdown briefing without the app (reads DAFTAR_DATA_DIR, seeds from DAFTAR_SEEDS_DIR or ./seeds)

Usage:
  npm run cli -- export --entity <id|name> [--entity …] [--article <id>]… [--lang ar|en] --out FILE
  npm run cli -- list entities
  npm run cli -- list articles
  npm run cli -- --help

Export options:
  --entity <id|name>   an entity by id or by any of its names (repeatable)
  --article <id>       only these articles as sources (repeatable; id or file name)
  --lang ar|en         language of the headings (default ar)
  --out FILE           where to write the briefing (its folder must exist)
  --force              replace FILE if it exists (otherwise an existing file is never overwritten)
  --by-article         add the per-article section
  --no-sources         leave out the sources list
  --title TEXT         a title of your own

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
  if (command !== 'export') throw new UsageError(command === undefined ? 'No command given (export, list). See --help.' : `Unknown command "${command}" (export, list). See --help.`)
  if (rest.length > 0) throw new UsageError(`Unexpected argument "${rest[0]}". See --help.`)
  const entities = values.entity ?? []
  if (entities.length === 0) throw new UsageError('export needs at least one --entity <id|name>.')
  if (!values.out) throw new UsageError('export needs --out FILE.')
  const lang = values.lang ?? 'ar'
  if (lang !== 'ar' && lang !== 'en') throw new UsageError(`--lang must be "ar" or "en", not "${lang}".`)
  return {
    kind: 'export',
    entities,
    articles: values.article ?? [],
    lang,
    out: values.out,
    force: values.force ?? false,
    byArticle: values['by-article'] ?? false,
    sources: !(values['no-sources'] ?? false),
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
      lang: { type: 'string' },
      out: { type: 'string' },
      force: { type: 'boolean' },
      'by-article': { type: 'boolean' },
      'no-sources': { type: 'boolean' },
      title: { type: 'string' },
    },
  })
}

/** The briefing's clock: SOURCE_DATE_EPOCH (reproducible builds' convention) when set, else now. */
export function clockFrom(env: NodeJS.ProcessEnv): () => Date {
  const raw = env['SOURCE_DATE_EPOCH']
  if (raw === undefined || raw === '') return () => new Date()
  if (!/^\d{1,12}$/.test(raw)) throw new UsageError(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not "${raw}".`)
  const at = new Date(Number(raw) * 1000)
  return () => at
}
