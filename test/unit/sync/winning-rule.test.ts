import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { byWinningRule, type Leaf } from '../../../src/core/sync/conflicts'
import { seededRandom } from '../helpers/clock'

/** PouchDB's own choice (pouchdb-merge, the code replication uses), to hold conflicts.ts's rule against. */
type RevNode = [string, { status: string; deleted?: boolean }, RevNode[]]
const require = createRequire(import.meta.url)
const { winningRev } = require('pouchdb-merge') as { winningRev(metadata: { rev_tree: Array<{ pos: number; ids: RevNode }> }): string }

const hex = (random: () => number): string => Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('')

/** A revision tree: one root, branches of random length, each leaf live or deleted. */
function randomTree(random: () => number): { tree: RevNode; leaves: Leaf[] } {
  const root: RevNode = [hex(random), { status: 'available' }, []]
  const leaves: Leaf[] = []
  const branches = 1 + Math.floor(random() * 4)
  for (let b = 0; b < branches; b++) {
    let node = root
    const length = 1 + Math.floor(random() * 3)
    for (let depth = 1; depth <= length; depth++) {
      const child: RevNode = [hex(random), { status: 'available' }, []]
      node[2].push(child)
      node = child
      if (depth === length) {
        const deleted = random() < 0.3
        if (deleted) child[1].deleted = true
        leaves.push({ rev: `${depth + 1}-${child[0]}`, deleted })
      }
    }
  }
  return { tree: root, leaves }
}

describe('the winning rule in conflicts.ts', () => {
  it('picks the revision PouchDB picks, on 500 random revision trees (deleted leaves, uneven branches)', () => {
    const random = seededRandom(13)
    for (let i = 0; i < 500; i++) {
      const { tree, leaves } = randomTree(random)
      const ours = [...leaves].sort(byWinningRule)[0]?.rev
      expect(ours).toBe(winningRev({ rev_tree: [{ pos: 1, ids: tree }] }))
    }
  })

  it('refuses what is not a revision', () => {
    expect(() => byWinningRule({ rev: 'abc', deleted: false }, { rev: '1-a', deleted: false })).toThrow(/not a revision/)
  })
})
