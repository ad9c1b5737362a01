import { normalizeForMatching } from '../../../src/core/text/normalize'

/** One place where a form occurs, as raw [start, end) offsets, with the proclitics found before it. */
export interface Hit {
  entity: number
  form: string
  start: number
  end: number
  prefix: string
}

/** A place where a form's letters occur but the word around it says it is not that name ("بيان" for "يان"). */
export interface NearMiss extends Hit {
  why: 'prefix' | 'suffix'
}

const WORD_CHAR = /[\p{L}\p{N}]/u
// Proclitics a name may carry: a conjunction, then a preposition ("وب", "فل", "ك").
const PROCLITICS = /^[وف]?[بلك]?$/
// "للولايات" is ل + الولايات with the article's alef dropped: the name then starts at the second lam.
const LAM_BEFORE_DROPPED_ALEF = /^[وف]?ل$/

/**
 * Every occurrence of every form in `text`, matched on the Arabic normalisation (hamza, alef maqsura,
 * ta marbuta, case and tashkeel folded) and mapped back to raw offsets. A hit must be a whole word
 * apart from proclitics (a block's end also ends a word: a caption glued to the next line); the rest
 * are returned as near misses so a reviewer sees what was left out.
 */
export function findForms(
  text: string,
  forms: readonly (readonly string[])[],
  blockEnds: ReadonlySet<number> = new Set(),
): { hits: Hit[]; nearMisses: NearMiss[] } {
  const norm = normalizeForMatching(text)
  const hits: Hit[] = []
  const nearMisses: NearMiss[] = []
  forms.forEach((entityForms, entity) => {
    for (const form of entityForms) {
      const key = normalizeForMatching(form).text
      const variants: { key: string; prefixRule: RegExp }[] = [{ key, prefixRule: PROCLITICS }]
      if (key.startsWith('ال')) variants.push({ key: key.slice(1), prefixRule: LAM_BEFORE_DROPPED_ALEF })
      for (const { key: needle, prefixRule } of variants) {
        for (let at = norm.text.indexOf(needle); at >= 0; at = norm.text.indexOf(needle, at + 1)) {
          const end = at + needle.length
          const hit: Hit = {
            entity,
            form,
            start: norm.toRaw[at] as number,
            end: norm.toRawEnd[end - 1] as number,
            prefix: wordBefore(norm.text, at),
          }
          if (!prefixRule.test(hit.prefix)) {
            if (prefixRule === PROCLITICS) nearMisses.push({ ...hit, why: 'prefix' })
          } else if (end < norm.text.length && WORD_CHAR.test(norm.text[end] as string) && !blockEnds.has(hit.end)) {
            nearMisses.push({ ...hit, why: 'suffix' })
          } else {
            hits.push(hit)
          }
        }
      }
    }
  })
  return { hits, nearMisses }
}

function wordBefore(text: string, at: number): string {
  let from = at
  while (from > 0 && WORD_CHAR.test(text[from - 1] as string)) from--
  return text.slice(from, at)
}

/** Where names nest or overlap, the longest wins ("كمبريدج أناليتيكا" over a lone "كمبريدج"); ties go to the earlier entity. */
export function longestFirst(hits: readonly Hit[]): Hit[] {
  const byLength = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.entity - b.entity || a.start - b.start)
  const kept: Hit[] = []
  for (const hit of byLength) if (!kept.some((k) => hit.start < k.end && k.start < hit.end)) kept.push(hit)
  return kept.sort((a, b) => a.start - b.start)
}
