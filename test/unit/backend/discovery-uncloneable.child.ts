import { discoveryRunner } from '../../../src/backend/discovery/discovery-runner'
import type { DiscoveryText } from '../../../src/core/entities/discovery/types'

/**
 * Run by discovery-worker.test.ts in a process of its own: sends a request holding a function
 * (which no thread can receive), reports the outcome, and then must exit without being told to.
 */
const runner = discoveryRunner({ workers: 'threads', lexiconCache: process.argv[2] })
await runner.warm()
const uncloneable = { text: 'قال ديميس هسابيس', known: [], note: () => 'a function' } as unknown as DiscoveryText
await runner.discover({ texts: [uncloneable] }).then(
  () => console.log('resolved'),
  (error: Error) => console.log(`rejected: ${error.message}`),
)
