// The e2e and hardening suites drive the built app: build it first when it is missing or stale.
import { buildIfStale } from '../../scripts/build-if-stale.mjs'

export default function setup(): void {
  buildIfStale()
}
