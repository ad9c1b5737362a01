import type { DiscoveredName } from '../../core/entities/discovery/types'
import { createDiscoveryMethods, type DiscoveryMethods } from '../workers/discovery-methods'
import { inThread } from '../workers/rpc'
import { WorkerClient } from '../workers/worker-client'
import type { DiscoveryRequest } from './discovery-request'

export interface DiscoveryRunnerOptions {
  /** 'threads' (default): discovery runs in its worker thread; 'inline': in this one (tests). */
  workers?: 'threads' | 'inline'
  /** The compact word list's cache file (`lexiconCacheFile(dataDir)`); without one every start decodes the package. */
  lexiconCache?: string
}

/** Entity discovery over many articles, away from the caller's event loop. */
export interface DiscoveryRunner {
  /** Names the registry does not know in `texts`, judged together (see discoverNames). */
  discover(request: Omit<DiscoveryRequest, 'lexiconCache'>): Promise<DiscoveredName[]>
  /** Loads the word list now rather than on the first discovery; resolves with the milliseconds it took. */
  warm(): Promise<number>
  /** Ends the thread; a discovery still running is rejected. The next call starts a new thread. */
  close(): Promise<void>
}

export function discoveryRunner(options: DiscoveryRunnerOptions = {}): DiscoveryRunner {
  const { lexiconCache } = options
  if (options.workers === 'inline') {
    const methods = inThread(createDiscoveryMethods(lexiconCache))
    return { discover: (request) => methods.discover(request), warm: () => methods.warm(), close: async () => {} }
  }
  const client = new WorkerClient<DiscoveryMethods>('discovery-worker')
  return {
    discover: (request) => client.remote.discover({ ...request, ...(lexiconCache === undefined ? {} : { lexiconCache }) }),
    warm: () => client.remote.warm(lexiconCache),
    close: () => client.close(),
  }
}
