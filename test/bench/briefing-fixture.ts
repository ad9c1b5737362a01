import { openBackend, type Backend } from '../../src/backend/backend'
import { describe } from '../../src/core/anchoring/describe'
import { highlightColors, type Highlight } from '../../src/core/store/annotations'
import { prng } from '../support/random'
import { inPool } from './store-fixture'

/**
 * A data folder for the briefing figures: the seed corpus and its starter registry, 1,000
 * highlights over the seeds' paragraphs (a third commented, some tagged), and 200 notes about
 * registry entities (headings, @mentions, lists, links). Deterministic.
 */
export async function populateBriefingData(dataDir: string, seedsDir: string, highlights = 1000, notes = 200): Promise<void> {
  const backend = await openBackend({ dataDir, seedsDir })
  try {
    const random = prng(0xb1ef)
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
    const entities = backend.entities.entities
    const paragraphs = backend.articles().flatMap((a) => a.blocks.filter((b) => b.kind === 'paragraph' && b.end - b.start > 80).map((b) => ({ article: a, block: b })))
    const byArticle = new Map<string, Highlight[]>()
    for (let i = 0; i < highlights; i++) {
      const { article, block } = pick(paragraphs)
      const length = Math.min(block.end - block.start, 40 + Math.floor(random() * 260))
      const start = block.start + Math.floor(random() * (block.end - block.start - length + 1))
      const at = new Date(Date.UTC(2025, 5, 1) + i * 60_000).toISOString()
      const record: Highlight = {
        id: `bench-${i}`,
        articleId: article.id,
        contentHash: article.contentHash,
        target: describe(article.text, start, start + length),
        color: pick(highlightColors),
        comment: random() < 0.33 ? article.text.slice(block.start, block.start + 20 + Math.floor(random() * 120)) : '',
        entityIds: random() < 0.2 ? [pick(entities).id] : [],
        createdAt: at,
        updatedAt: at,
      }
      const list = byArticle.get(article.id)
      if (list) list.push(record)
      else byArticle.set(article.id, [record])
    }
    for (const [articleId, list] of byArticle) {
      const doc = await backend.annotations.forArticle(articleId)
      const outcome = await doc.update((d) => void d.highlights.push(...list))
      if (!outcome.saved) throw new Error(`could not write highlights of ${articleId}`)
    }
    await inPool(
      Array.from({ length: notes }, (_, i) => i),
      16,
      async (i) => {
        const about = pick(entities)
        const other = pick(entities)
        const { article, block } = pick(paragraphs)
        const created = await backend.notes.create({
          title: `ملاحظة ${i} عن ${about.nameAr || about.nameLatin}`,
          body: {
            type: 'doc',
            content: [
              { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'ملخص' }] },
              { type: 'paragraph', content: [{ type: 'mention', attrs: { id: other.id, label: other.nameAr || other.nameLatin } }, { type: 'text', text: ` ${article.text.slice(block.start, block.start + 300)}` }] },
              { type: 'bulletList', content: [1, 2, 3].map((n) => ({ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: `نقطة ${n}`, marks: [{ type: 'bold' }] }] }] })) },
              { type: 'paragraph', content: [{ type: 'text', text: 'المصدر', marks: [{ type: 'link', attrs: { href: 'https://example.com/' } }] }] },
            ],
          },
          attachments: [{ kind: 'entity', id: about.id }],
        })
        if (!created.ok) throw new Error(created.error.message)
      },
    )
  } finally {
    await backend.close()
  }
}

/** Opens the folder fresh (nothing cached) for one measurement. */
export const openFresh = (dataDir: string, seedsDir: string): Promise<Backend> => openBackend({ dataDir, seedsDir })
