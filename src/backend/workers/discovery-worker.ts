import { createDiscoveryMethods } from '../discovery/discovery-methods'
import { serveInWorker } from './serve'

/**
 * Worker entry: entity discovery over the whole library. Reading 10,000 articles takes tens of
 * seconds of CPU and the Arabic word list ~10–140 MB of heap; here neither touches the main process.
 */
serveInWorker(createDiscoveryMethods())
