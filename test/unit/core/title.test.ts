import { describe, expect, it } from 'vitest'
import { deriveTitle } from '../../../src/core/corpus/title'

describe('deriveTitle', () => {
  it('finishes a Latin name the cut falls into', () => {
    expect(deriveTitle('أعلنت الشركة في بيان رسمي صدر عن مكتبها الإقليمي أنها استحوذت على شركة Scale AI المتخصصة في البيانات')).toBe(
      'أعلنت الشركة في بيان رسمي صدر عن مكتبها الإقليمي أنها استحوذت على شركة Scale AI…',
    )
  })

  it('cuts an English sentence quoted at the cut after 14 words, instead of keeping all of it', () => {
    const paragraph = 'وقال المتحدث باسم الشركة في بيان "We will appeal the decision because the market has more choice than ever before and prices keep falling" ثم غادر'
    expect(deriveTitle(paragraph)).toBe('وقال المتحدث باسم الشركة في بيان "We will appeal the decision because the market…')
  })
})
