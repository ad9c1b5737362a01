import { isBlank } from '../text/chars'
import { isGivenName } from './given-names'
import { parseName } from './name-form'
import { isStopWord } from './stop-words'
import type { Entity } from './types'

export type NameProblem = 'empty' | 'too-short' | 'stop-word' | 'given-name' | 'taken'

export type NameCheck =
  | { ok: true; /** The comparison key the matcher uses. */ key: string }
  | {
      ok: false
      code: NameProblem
      message: string
      /** For 'taken': the entity that has the name (the UI offers a merge). */ entityId?: string
    }

/**
 * Whether `name` may become a name or alias of entity `entityId` (null for an entity not created yet). The rules keep the matcher's
 * output meaningful: a name must have letters, be at least two characters once normalised, not be
 * a function word ("في", "the"; also after و/ف: "وفي"), not be a bare given name ("سام" would
 * mark every Sam, and "سام؛" in seed 002 means "toxic"), and not already belong to another entity.
 * Names compare as the matcher sees them: "ألتمان" and "آلتمان" are one name.
 */
export function validateName(name: string, entityId: string | null, entities: readonly Entity[]): NameCheck {
  if (isBlank(name)) return { ok: false, code: 'empty', message: 'A name cannot be empty.' }
  const form = parseName(name)
  const letters = form.tokens.reduce((n, t) => n + t.length, 0)
  if (letters < 2) return { ok: false, code: 'too-short', message: `“${name.trim()}” is too short: a name needs at least two letters.` }
  if (form.tokens.length === 1) {
    const word = form.tokens[0] as string
    // "وفي", "فإن": a conjunction on a function word is still one. Only و/ف are stripped here: with
    // ل or ب, "لاما" (Llama) would read as ل + أما.
    const withoutConjunction = /^[وف]/.test(word) ? word.slice(1) : ''
    if (isStopWord(word) || isStopWord(withoutConjunction)) {
      return {
        ok: false,
        code: 'stop-word',
        message: `“${name.trim()}” is a common word, not a name: it would match almost every article.`,
      }
    }
    if (isGivenName(word)) {
      return {
        ok: false,
        code: 'given-name',
        message: `“${name.trim()}” is a common given name: alone it would match everyone called so. Add the full name instead.`,
      }
    }
  }
  for (const other of entities) {
    if (other.id === entityId) continue
    if ([other.nameAr, other.nameLatin, ...other.aliases].some((n) => parseName(n).key === form.key)) {
      return { ok: false, code: 'taken', message: `“${name.trim()}” already names entity “${other.id}”.`, entityId: other.id }
    }
  }
  return { ok: true, key: form.key }
}
