import { normalizeForMatching, type NormalizedText } from '../text/normalize'

/**
 * An article text ready for anchoring many highlights: the normalised copy is made once, and only
 * if some highlight needs it (an unchanged article anchors every highlight by position alone).
 */
export class PreparedText {
  private norm: NormalizedText | null = null

  constructor(readonly text: string) {}

  get normalized(): NormalizedText {
    this.norm ??= normalizeForMatching(this.text)
    return this.norm
  }
}
