/**
 * `npx tsx test/eval/timeline-eval.ts [--all]`: the timeline's dates on the 27 real articles in
 * ../shared/eval/articles (read at run time, never copied in). Their files carry no publication date
 * the importer reads, so each is run twice: as imported (relative dates unresolved), and with the
 * date in its file name (…-20180527.txt, …-2015-07-23.txt) as its publication date. Prints the
 * counts by precision and every expression with a few words around it, for a reader to judge.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseImport } from '../../src/backend/import/parse-import'
import { articleTimeline, type TimelineItem } from '../../src/core/story/timeline'
import { EVAL_ARTICLES_DIR, loadEvalTexts } from './texts'

const dateInName = (file: string): string | undefined => {
  const m = /(\d{4})-?(\d{2})-?(\d{2})\.txt$/.exec(file)
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined
}

const counts = (items: TimelineItem[]): Record<string, number> =>
  items.reduce<Record<string, number>>((acc, i) => ({ ...acc, [i.date.precision]: (acc[i.date.precision] ?? 0) + 1 }), {})

const asImported: TimelineItem[] = []
const dated: TimelineItem[] = []
for (const t of loadEvalTexts()) {
  const parsed = parseImport(t.id, t.file, readFileSync(join(EVAL_ARTICLES_DIR, t.file)))
  if (!parsed.ok) continue
  const article = parsed.article
  asImported.push(...articleTimeline(article, []))
  const published = dateInName(t.file)
  const items = articleTimeline({ ...article, meta: { ...article.meta, ...(published ? { published } : {}) } }, [])
  dated.push(...items)
  console.log(`\n## ${t.file} (${published ?? 'no date'}): ${items.length}`)
  for (const i of items) {
    const around = article.text.slice(Math.max(0, i.expression.start - 30), i.expression.end + 30).replace(/\n/g, ' ')
    console.log(`  ${i.date.iso ?? '?'} [${i.date.precision}] «${i.expression.text}» … ${around}`)
  }
}
console.log('\nas imported:', asImported.length, counts(asImported))
console.log('with the file-name date:', dated.length, counts(dated))
