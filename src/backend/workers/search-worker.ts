import { createScanMethods } from '../entities/scan-methods'
import { createSearchMethods } from '../search/search-methods'
import { serveInWorker } from './serve'

/**
 * Worker entry: the search index, and the registry scan of huge articles. Indexing 10,000 articles
 * takes seconds of CPU, a query over them tens of milliseconds, the scan of a 4 MiB article about a
 * second; here none holds up the main process (IPC, the browser-mode server).
 */
serveInWorker({ ...createSearchMethods(), ...createScanMethods() })
