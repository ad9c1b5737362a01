/**
 * The Arabic dictionary discovery asks "is this a word of the language?". Transliterated foreign
 * names (فيسبوك، هسابيس، سامسونغ) are not, so a word the dictionary does not know is most often part
 * of a name. Core only sees this interface; the backend reads the word list (src/backend/discovery).
 */
export interface Lexicon {
  /** True when `word` (Arabic letters, no tashkeel, as written) is a word of the language. */
  knows(word: string): boolean
}

/** A lexicon that knows nothing: every Arabic word counts as unknown (tests, or no dictionary). */
export const EMPTY_LEXICON: Lexicon = { knows: () => false }

/**
 * Spellings news text uses for the same dictionary word: a bare alef where the dictionary writes a
 * hamza (اعلن / أعلن), ه for ة and ي for ى at the end. A word is known when any of them is. A hamza
 * the writer did put is kept: "إنتل" is not the verb "أنتل".
 */
export function spellings(word: string): string[] {
  const forms = [word]
  if (word.startsWith('ا')) for (const alef of 'أإآ') forms.push(alef + word.slice(1))
  for (const form of [...forms]) {
    if (form.endsWith('ه')) forms.push(`${form.slice(0, -1)}ة`)
    if (form.endsWith('ي')) forms.push(`${form.slice(0, -1)}ى`)
    if (form.endsWith('ى')) forms.push(`${form.slice(0, -1)}ي`)
  }
  return forms
}

export const knowsAnySpelling = (lexicon: Lexicon, word: string): boolean => spellings(word).some((w) => lexicon.knows(w))

/**
 * True when the word, read with a hamza on any of its alefs, is a word of the language: the matcher
 * folds hamza forms, so "راي" would also match "رأي" (opinion).
 */
export function isWordInAnySpelling(lexicon: Lexicon, word: string): boolean {
  if (knowsAnySpelling(lexicon, word)) return true
  for (let i = 1; i < word.length; i++) {
    if (word[i] !== 'ا') continue
    for (const hamza of 'أإآ') if (knowsAnySpelling(lexicon, word.slice(0, i) + hamza + word.slice(i + 1))) return true
  }
  for (const [plain, hamza] of [
    ['ي', 'ئ'],
    ['و', 'ؤ'],
  ] as const) {
    const at = word.indexOf(plain, 1)
    if (at > 0 && knowsAnySpelling(lexicon, word.slice(0, at) + hamza + word.slice(at + 1))) return true
  }
  return false
}
