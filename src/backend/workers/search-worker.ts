import { createSearchMethods } from './search-methods'
import { serveInWorker } from './serve'

/**
 * Worker entry: the search index. Indexing 10,000 articles takes seconds of CPU and a query over
 * them tens of milliseconds; here neither holds up the main process (IPC, the browser-mode server).
 */
serveInWorker(createSearchMethods())
