const WORDS = [
  'الحكومة',
  'أعلنت',
  'اليوم',
  'عن',
  'خطة',
  'جديدة',
  'للاقتصاد',
  'في',
  'المنطقة',
  'وقال',
  'المتحدث',
  'إن',
  'القرار',
  'سيؤثر',
  'على',
  'الأسواق',
]

/**
 * Arabic news words, a full stop every 17, until they fill `bytes` of UTF-8 (each with its space):
 * the text of a huge one-paragraph article, for the e2e test and the bench that open one.
 */
export function arabicWords(bytes: number): string[] {
  const words: string[] = []
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const word = (WORDS[(i * 7 + (i >> 3)) % WORDS.length] as string) + (i % 17 === 16 ? '.' : '')
    words.push(word)
    size += Buffer.byteLength(word) + 1
  }
  return words
}
