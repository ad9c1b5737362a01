import { readdirSync, readFileSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { seededRng, seedFor, type Rng } from './prng'

/**
 * Generates a corpus of N article files from the five seeds: varied text, never identical copies.
 * Paragraphs are shuffled and recombined across seeds (whole, or rebuilt from sentences of several
 * seeds), titles are mixed and rewritten, tashkeel is added or stripped, numbers change, lengths run
 * from a few paragraphs to very long, and files differ in layout the way scraped news does: a
 * category line, a relative timestamp, chrome lines at the end, blank lines or not between
 * paragraphs, CRLF, a BOM, no final newline. Article i is the same in every corpus size (its
 * randomness is seeded by i), so the 10-article corpus is the start of the 10,000-article one.
 */

const DEFAULT_SEED = 0x0da7a5
const TITLE_MAX = 150

interface Pools {
  titles: string[]
  paragraphs: string[]
  sentences: string[]
  headings: string[]
}

const CATEGORIES = ['تكنولوجيا', 'اقتصاد', 'علوم', 'أخبار', 'Technology']
const TRAILING_CHROME = [
  '\u00a0',
  'اترك تعليقاً',
  'لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *',
  'زر الذهاب إلى الأعلى',
]
const SOURCE_LINK = 'اذهب للمصدر'
const TASHKEEL = ['\u064e', '\u064f', '\u0650', '\u0651', '\u0652', '\u064b', '\u064c', '\u064d']
const TASHKEEL_RE = /[\u064b-\u065f\u0670]/g
const ARABIC_LETTER = /[\u0621-\u064a]/
const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩'

const splitSentences = (paragraph: string): string[] =>
  paragraph
    .split(/(?<=[.!؟?])\s+/u)
    .map((s) => s.trim())
    .filter((s) => s.length >= 40)

/** Reads the seeds into pools of titles, paragraphs, sentences and subheadings. */
export function readSeedPools(seedsDir: string): Pools {
  const pools: Pools = { titles: [], paragraphs: [], sentences: [], headings: [] }
  for (const name of readdirSync(seedsDir).filter((n) => n.endsWith('.txt')).sort()) {
    const lines = readFileSync(join(seedsDir, name), 'utf8')
      .split(/\r?\n/)
      .map((l) => l.replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, ''))
      .filter((l) => l.length > 0)
    lines.forEach((line, index) => {
      if (/^[–—-]\s+/.test(line)) pools.headings.push(line.replace(/^[–—-]\s+/, ''))
      else if (line.length >= 100) {
        pools.paragraphs.push(line)
        pools.sentences.push(...splitSentences(line))
      } else if (index <= 1 && line.length >= 30 && !/[.]$/.test(line)) pools.titles.push(line)
    })
  }
  if (pools.paragraphs.length === 0 || pools.titles.length === 0) throw new Error(`no usable seeds in ${seedsDir}`)
  return pools
}

function changeNumbers(text: string, rng: Rng, indic: boolean): string {
  const changed = text.replace(/\d+(?:\.\d+)?/g, (n) => (rng.chance(0.5) ? n.replace(/\d/g, (_d, at: number) => String(at === 0 ? rng.int(1, 9) : rng.int(0, 9))) : n))
  return indic ? changed.replace(/\d/g, (d) => ARABIC_INDIC[Number(d)] as string) : changed
}

type TashkeelMode = 'keep' | 'strip' | 'add'

function varyTashkeel(text: string, rng: Rng, mode: TashkeelMode): string {
  if (mode === 'keep') return text
  if (mode === 'strip') return text.replace(TASHKEEL_RE, '')
  let out = ''
  for (const ch of text) {
    out += ch
    if (ARABIC_LETTER.test(ch) && rng.chance(0.05)) out += rng.pick(TASHKEEL)
  }
  return out
}

/** Stretches one word in a few with tatweel (ـ), as some sites do in headlines. */
const addTatweel = (text: string, rng: Rng): string => text.replace(/([\u0621-\u064a])([\u0621-\u064a]{2,})/g, (m, a: string, b: string) => (rng.chance(0.03) ? `${a}\u0640${b}` : m))

function makeTitle(pools: Pools, rng: Rng): string {
  const roll = rng.next()
  let title: string
  if (roll < 0.35) title = rng.pick(pools.titles)
  else if (roll < 0.75) {
    const a = rng.pick(pools.titles).split(/\s+/)
    const b = rng.pick(pools.titles).split(/\s+/)
    title = [...a.slice(0, Math.ceil(a.length / 2)), ...b.slice(Math.floor(b.length / 2))].join(' ')
  } else {
    title = rng.pick(pools.sentences).split(/\s+/).slice(0, rng.int(5, 12)).join(' ')
  }
  if (rng.chance(0.15)) title += ` (${rng.int(2, 40)})`
  return title.slice(0, TITLE_MAX).replace(/[.،,:؛\s]+$/u, '')
}

function makeParagraph(pools: Pools, rng: Rng): string {
  if (rng.chance(0.55)) return rng.pick(pools.paragraphs)
  return Array.from({ length: rng.int(2, 5) }, () => rng.pick(pools.sentences)).join(' ')
}

/** Paragraphs per article: mean ≈ 7.7, so the mean file is about the seeds' mean (≈ 6 KB). */
function paragraphCount(rng: Rng): number {
  const roll = rng.next()
  if (roll < 0.4) return rng.int(2, 5)
  if (roll < 0.85) return rng.int(6, 10)
  if (roll < 0.98) return rng.int(11, 20)
  return rng.int(25, 50)
}

/** The text of article `index` (before encoding). */
export function generateArticleText(pools: Pools, index: number, seed = DEFAULT_SEED): { name: string; bytes: Buffer } {
  const rng = seededRng(seedFor(seed, index))
  const tashkeel = rng.pick<TashkeelMode>(['keep', 'keep', 'strip', 'add'])
  const indic = rng.chance(0.05)
  const vary = (s: string): string => {
    let t = varyTashkeel(changeNumbers(s, rng, indic), rng, tashkeel)
    if (rng.chance(0.05)) t = addTatweel(t, rng)
    return t
  }

  const head: string[] = []
  if (rng.chance(0.25)) head.push(rng.pick(CATEGORIES))
  if (rng.chance(0.9)) head.push(vary(makeTitle(pools, rng)))
  if (rng.chance(0.2)) head.push(rng.chance(0.5) ? `${rng.int(1, 23)} hours ago ${rng.int(0, 40)}` : `منذ ${rng.int(2, 10)} ساعات`)

  const body: string[] = []
  const count = paragraphCount(rng)
  for (let p = 0; p < count; p++) {
    if (p > 0 && rng.chance(0.06)) body.push(`– ${vary(rng.pick(pools.headings.length > 0 ? pools.headings : pools.titles))}`)
    if (p > 0 && rng.chance(0.03)) {
      const caption = vary(rng.pick(pools.sentences).split(/\s+/).slice(0, rng.int(4, 9)).join(' '))
      body.push(caption + caption) // scraped image captions glued to their duplicate
    }
    body.push(vary(makeParagraph(pools, rng)))
  }
  // A few files are one huge paragraph, like seed 000.
  const paragraphs = rng.chance(0.05) ? [body.join(' ')] : body

  const tail: string[] = []
  if (rng.chance(0.2)) tail.push(...TRAILING_CHROME.filter(() => rng.chance(0.7)))
  else if (rng.chance(0.15)) tail.push(SOURCE_LINK)

  const separator = rng.chance(0.55) ? '\n\n' : '\n'
  let text = [...head, ...paragraphs, ...tail].join(separator)
  const ending = rng.next()
  text += ending < 0.35 ? '' : ending < 0.85 ? '\n' : '\n\n\n'
  if (rng.chance(0.08)) text = text.replace(/\n/g, '\r\n')
  const bom = rng.chance(0.03)
  const name = `${String(index).padStart(5, '0')}_${rng.hex(16)}.txt`
  const utf8 = Buffer.from(text, 'utf8')
  return { name, bytes: bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]) : utf8 }
}

export interface GeneratedCorpus {
  dir: string
  files: number
  bytes: number
}

/** Writes articles 0..count-1 into `dir`. */
export async function generateCorpus(dir: string, count: number, seedsDir: string, seed = DEFAULT_SEED): Promise<GeneratedCorpus> {
  const pools = readSeedPools(seedsDir)
  await mkdir(dir, { recursive: true })
  let bytes = 0
  const BATCH = 64
  for (let start = 0; start < count; start += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, count - start) }, (_, k) => generateArticleText(pools, start + k, seed))
    await Promise.all(
      batch.map((file) => {
        bytes += file.bytes.length
        return writeFile(join(dir, file.name), file.bytes)
      }),
    )
  }
  return { dir, files: count, bytes }
}
