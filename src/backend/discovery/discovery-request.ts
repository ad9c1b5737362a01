import type { DiscoveryText } from '../../core/entities/discovery/types'

/** What one discovery pass is asked, as it crosses to the worker (structured-cloneable: no Set). */
export interface DiscoveryRequest {
  texts: readonly DiscoveryText[]
  /** Names the registry already has (they tell which bare forms are attested). */
  registryNames?: readonly string[]
  /** Normalised names the user chose to ignore. */
  ignored?: readonly string[]
  /** Where the compact Arabic word list is cached; the worker's own path is used when left out. */
  lexiconCache?: string
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * The request as the engine may take it, or an error that names the first bad field. The engine
 * trusts its input (a span past the end of its text would throw deep inside, or match nothing), so
 * what arrives from another thread or process is checked here first.
 */
export function checkDiscoveryRequest(request: unknown): DiscoveryRequest {
  if (!isObject(request)) throw new Error('discover: the request must be an object { texts, registryNames?, ignored? }')
  const { texts, registryNames, ignored, lexiconCache } = request
  checkTexts(texts)
  checkStrings(registryNames, 'registryNames')
  checkStrings(ignored, 'ignored')
  if (lexiconCache !== undefined && typeof lexiconCache !== 'string') throw new Error('discover: lexiconCache must be a file path')
  return request as unknown as DiscoveryRequest
}

/** Checks texts that are `texts[first…]` of a request (a batch of a larger one names the text by its place in the whole). */
export function checkTexts(texts: unknown, first = 0): asserts texts is DiscoveryText[] {
  if (!Array.isArray(texts)) throw new Error('discover: texts must be an array of { text, known, skip? }')
  texts.forEach((doc: unknown, i) => checkText(doc, `texts[${first + i}]`))
}

function checkText(doc: unknown, at: string): void {
  if (!isObject(doc) || typeof doc.text !== 'string') throw new Error(`discover: ${at} must be { text: string, known, skip? }`)
  const length = doc.text.length
  checkSpans(doc.known, `${at}.known`, length)
  if (doc.skip !== undefined) checkSpans(doc.skip, `${at}.skip`, length)
}

function checkSpans(spans: unknown, at: string, length: number): void {
  if (!Array.isArray(spans)) throw new Error(`discover: ${at} must be an array of { start, end }`)
  spans.forEach((span: unknown, i) => {
    const ok =
      isObject(span) &&
      Number.isInteger(span.start) &&
      Number.isInteger(span.end) &&
      0 <= (span.start as number) &&
      (span.start as number) <= (span.end as number) &&
      (span.end as number) <= length
    if (!ok) throw new Error(`discover: ${at}[${i}] is not a range inside its text of ${length} characters: ${JSON.stringify(span)}`)
  })
}

function checkStrings(value: unknown, at: string): void {
  if (value === undefined) return
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw new Error(`discover: ${at} must be an array of strings`)
}
