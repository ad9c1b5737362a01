// The e2e suite drives the built renderer: build it first when it is missing or stale.
// @ts-expect-error -- plain ESM helper shared with `npm run web`, no type declarations
import { buildIfStale } from '../../scripts/build-if-stale.mjs'

export default function setup(): void {
  ;(buildIfStale as () => void)()
}
