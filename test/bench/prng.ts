// The bench's generators share the test suites' seeded random numbers.
export { seededRng, seedFor, type Rng } from '../support/random'
