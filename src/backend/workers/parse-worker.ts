import { parseMethods } from '../import/parse-methods'
import { serveInWorker } from './serve'

/**
 * Worker entry: decoding and HTML extraction off the main thread. A saved page costs jsdom and
 * Readability ~50 ms warm (~250 ms cold), far over the 100 ms the main process may block.
 */
serveInWorker(parseMethods)
