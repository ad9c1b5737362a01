import type { DiscoveredName } from '../../core/entities/discovery/types'
import { createDiscoveryMethods, type DiscoveryMethods } from './discovery-methods'
import { inThread, type Remote } from '../workers/rpc'
import { WorkerClient } from '../workers/worker-client'
import type { DiscoveryRequest } from './discovery-request'
import { unpackNames } from './packed-names'

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
  /** The discovery thread's heap (inline: this thread's), in bytes. */
  heap(): Promise<{ used: number; total: number }>
  /** Ends the thread; a discovery still running is rejected. The next call starts a new thread. */
  close(): Promise<void>
}

/**
 * Texts go to the worker 50 a message (~250 KB of text): posting one costs the sending thread about
 * a millisecond, where 10,000 articles in one message held it ~90 ms and 200 a message up to ~100 ms
 * on a loaded machine.
 */
export const TEXTS_PER_MESSAGE = 50

export function discoveryRunner(options: DiscoveryRunnerOptions = {}): DiscoveryRunner {
  const { lexiconCache } = options
  const inline = options.workers === 'inline'
  const client = inline ? null : new WorkerClient<DiscoveryMethods>('discovery-worker')
  const methods = client ? client.remote : inThread(createDiscoveryMethods(lexiconCache))
  const withCache = <T extends object>(request: T): T => (lexiconCache === undefined ? request : { ...request, lexiconCache })
  let passes = 0
  return {
    discover: (request) => {
      const whole = withCache(request)
      const oneMessage = inline || !Array.isArray(whole.texts) || whole.texts.length <= TEXTS_PER_MESSAGE
      return oneMessage ? methods.discover(whole).then(unpackNames) : inBatches(methods, ++passes, whole, () => client?.running ?? true)
    },
    warm: () => methods.warm(lexiconCache),
    heap: () => methods.heap(),
    close: async () => client?.close(),
  }
}

/**
 * Sends the texts a batch at a time, then asks for the pass. A pass that fails is forgotten by the
 * worker, or ends with the thread; only a batch that could not be sent leaves one behind to drop.
 */
async function inBatches(
  methods: Remote<DiscoveryMethods>,
  pass: number,
  request: DiscoveryRequest,
  threadAlive: () => boolean,
): Promise<DiscoveredName[]> {
  const { texts, ...rest } = request
  try {
    for (let at = 0; at < texts.length; at += TEXTS_PER_MESSAGE) await methods.add(pass, texts.slice(at, at + TEXTS_PER_MESSAGE))
    return unpackNames(await methods.discoverAdded(pass, rest))
  } catch (error) {
    if (threadAlive()) await methods.drop(pass).catch(() => {})
    throw error
  }
}
