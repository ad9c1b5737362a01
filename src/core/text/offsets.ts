/**
 * Two offset spaces exist: offsets into an article's canonical text (what anchors store and the
 * reader displays) and offsets into a normalised copy (what matching and search run on).
 * Branding keeps them apart at compile time; `rawOffset`/`normOffset` are the only casts.
 */
declare const rawBrand: unique symbol
declare const normBrand: unique symbol

/** A UTF-16 offset into the original (canonical) text. */
export type RawOffset = number & { readonly [rawBrand]: true }
/** A UTF-16 offset into a normalised copy of the text. */
export type NormOffset = number & { readonly [normBrand]: true }

export const rawOffset = (n: number): RawOffset => n as RawOffset
export const normOffset = (n: number): NormOffset => n as NormOffset

export interface RawRange {
  start: RawOffset
  end: RawOffset
}
