import { describe, expect, it } from 'vitest'
import { briefingScopeSchema } from '../../../src/core/briefing/scope'
import { scopeOf, wholeLibrary, type Held } from '../../../src/renderer/src/features/story/graph/graph-scope'

const held: Held = { articles: new Set(['a1', 'a2']), entities: new Set(['meta']) }

describe('the graph view’s scope choice', () => {
  it('asks for the whole library by default, and for each kind’s own choice', () => {
    expect(scopeOf(wholeLibrary, held)).toEqual({ kind: 'everything' })
    const form = { ...wholeLibrary, articleIds: ['a2'], colors: ['pink' as const], tagId: 'meta' }
    const asked = [scopeOf({ ...form, kind: 'articles' }, held), scopeOf({ ...form, kind: 'colors' }, held), scopeOf({ ...form, kind: 'tag' }, held)]
    expect(asked).toEqual([
      { kind: 'articles', articleIds: ['a2'] },
      { kind: 'highlights', colors: ['pink'], tagIds: [] },
      { kind: 'highlights', colors: [], tagIds: ['meta'] },
    ])
    // Each is a scope the API accepts.
    for (const scope of asked) expect(briefingScopeSchema.safeParse(scope).success).toBe(true)
  })

  it('asks nothing while a kind has nothing chosen', () => {
    for (const kind of ['articles', 'colors', 'tag'] as const) expect(scopeOf({ ...wholeLibrary, kind }, held)).toBeNull()
  })

  it('drops an article removed or an entity deleted since it was chosen (the API would refuse it as not found)', () => {
    expect(scopeOf({ ...wholeLibrary, kind: 'articles', articleIds: ['gone', 'a1'] }, held)).toEqual({ kind: 'articles', articleIds: ['a1'] })
    expect(scopeOf({ ...wholeLibrary, kind: 'articles', articleIds: ['gone'] }, held)).toBeNull()
    expect(scopeOf({ ...wholeLibrary, kind: 'tag', tagId: 'deleted' }, held)).toBeNull()
  })
})
