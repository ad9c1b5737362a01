import { createScanMethods, type ScanMethods } from '../entities/scan-methods'
import { inThread, type Remote } from '../workers/rpc'
import { WorkerClient } from '../workers/worker-client'
import { createSearchMethods, type IndexFiles, type LoadedIndex, type SearchMethods } from './search-methods'

export type SearchEngineMethods = SearchMethods & ScanMethods

/** The search worker (or its methods in this thread), and the saved indexes it began opening at start. */
export interface SearchEngine {
  remote: Remote<SearchEngineMethods>
  /** The saved indexes being opened since the engine started; null when they open on first use. */
  opened: Promise<LoadedIndex> | null
  close(): Promise<void>
}

/**
 * The search worker (started on first use) or its methods in this thread. Given `openNow`, the
 * worker starts at once and opens the saved indexes before the library is listed: its start and the
 * opening of the article database then overlap the library's own start instead of following it
 * (measured at 100,000 articles: ~1 s of the time to searchable).
 */
export function startSearchEngine(workers: 'threads' | 'inline', openNow: IndexFiles | null): SearchEngine {
  const client = workers === 'inline' ? null : new WorkerClient<SearchEngineMethods>('search-worker')
  const remote = client ? client.remote : inThread({ ...createSearchMethods(), ...createScanMethods() })
  const opened = openNow ? remote.load(openNow) : null
  // Awaited by the search service's first build, which opens again if this failed (a worker that died).
  opened?.catch(() => {})
  return { remote, opened, close: async () => client?.close() }
}
