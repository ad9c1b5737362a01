import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { openBackend, type Backend } from '../backend/backend'
import { writeBriefingFiles } from '../backend/briefing/briefing-file'
import { briefingFor } from '../backend/briefing/briefing-service'
import { DataDirLockedError, resolveDataDir } from '../hosts/data-dir'
import { defaultUserDataDir } from '../hosts/paths'
import type { BriefingScope } from '../core/briefing/scope'
import { clockFrom, parseCommand, UsageError, USAGE, type CliScope, type Command } from './args'
import { discover } from './discover'
import { count } from './plural'
import { findArticle, findEntity } from './resolve-names'
import { escapeControls } from '../core/text/controls'

/**
 * `npm run cli -- …`: the briefing export (and listings) in plain Node over the same data folder as
 * the app. It opens the folder the way the app does, so it respects the one-process lock: while the
 * app has the folder open, the CLI refuses (exit 1) instead of reading a store another process writes.
 * Exit codes: 0 done, 2 bad arguments, 1 failure — each with one line (stdout on success, stderr else).
 */
class Failure extends Error {}

async function run(command: Exclude<Command, { kind: 'help' }>, env: NodeJS.ProcessEnv, cwd: string): Promise<string> {
  const now = clockFrom(env)
  let backend: Backend
  try {
    backend = await openBackend({ dataDir: resolveDataDir(defaultUserDataDir(env), env), seedsDir: env['DAFTAR_SEEDS_DIR'] ?? resolve(cwd, 'seeds') })
  } catch (error) {
    throw new Failure(error instanceof DataDirLockedError ? error.message : `Could not open the data folder: ${error instanceof Error ? error.message : String(error)}`)
  }
  try {
    if (command.kind === 'discover') return await discover(command, backend, env, cwd)
    if (command.kind === 'list') {
      const rows =
        command.what === 'entities'
          ? backend.entities.entities.map((e) => [e.id, e.type, e.nameAr, e.nameLatin].join('\t'))
          : backend.articles().map((a) => [a.id, a.meta.sourceFile, a.meta.title].join('\t'))
      return rows.join('\n')
    }
    const built = await briefingFor(
      backend,
      briefingScope(command.scope, backend),
      {
        lang: command.lang,
        sections: { entities: true, articles: command.byArticle, sources: command.sources },
        ...(command.allEntities ? { allEntities: true } : {}),
        ...(command.with.length > 0 ? { with: command.with } : {}),
        ...(command.title ? { title: command.title } : {}),
      },
      now,
    )
    if (!built.ok) throw new Failure(built.error.message)
    // npm runs scripts from the project folder; INIT_CWD is where the user typed the command.
    const path = resolve(env['INIT_CWD'] ?? cwd, command.out)
    const written = await writeBriefingFiles(path, built.value, { overwrite: command.force })
    if (!written.ok) throw new Failure(written.error.details?.['reason'] === 'exists' ? `${String(written.error.details['path'] ?? path)} already exists; pass --force to replace it.` : written.error.message)
    const { stats } = built.value
    const warnings = stats.warnings.length ? `; ${count(stats.warnings.length, 'warning')}: ${stats.warnings.join('; ')}` : ''
    const beside = written.value.beside.length ? ` and beside it ${written.value.beside.join(', ')}` : ''
    return `Wrote ${path}${beside} (${count(stats.entities, 'entity', 'entities')}, ${count(stats.quotes, 'quote')}, ${count(stats.sources, 'source')}${warnings})`
  } finally {
    await backend.close()
  }
}

/** The typed scope with its names resolved against the data (an unknown name is a usage error). */
function briefingScope(scope: CliScope, backend: Backend): BriefingScope {
  const entityIds = (queries: string[]): string[] => [...new Set(queries.map((q) => findEntity(backend.entities.entities, q).id))]
  const articleIds = (queries: string[]): string[] => [...new Set(queries.map((q) => findArticle(backend.articles(), q).id))]
  switch (scope.kind) {
    case 'entities': {
      const articles = articleIds(scope.articles)
      return { kind: 'entities', entityIds: entityIds(scope.entities), ...(articles.length ? { articleIds: articles } : {}) }
    }
    case 'articles':
      return { kind: 'articles', articleIds: articleIds(scope.articles) }
    case 'highlights':
      return { kind: 'highlights', colors: [...new Set(scope.colors)], tagIds: entityIds(scope.tags) }
    case 'everything':
      return scope
  }
}

/** Runs the CLI and answers its exit code; `out` and `err` take one line each. */
export async function cli(argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string, printOut: (line: string) => void, printErr: (line: string) => void): Promise<number> {
  // Everything printed may hold stored titles and names: no control character reaches the terminal raw.
  const out = (line: string): void => printOut(escapeControls(line))
  const err = (line: string): void => printErr(escapeControls(line))
  try {
    const command = parseCommand(argv)
    if (command.kind === 'help') {
      out(USAGE)
      return 0
    }
    out(await run(command, env, cwd))
    return 0
  } catch (error) {
    if (error instanceof UsageError) {
      err(`daftar: ${error.message}`)
      return 2
    }
    err(`daftar: ${error instanceof Error ? error.message : String(error)}`)
    return 1
  }
}

// Runs when this file is the process's entry (out/node/cli.js), not when a test imports it.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  void cli(process.argv.slice(2), process.env, process.cwd(), (l) => console.log(l), (l) => console.error(l)).then((code) => {
    process.exitCode = code
  })
}
