import type { ar } from './ar'

/** A message is a string, or plural forms keyed by Intl.PluralRules category ('other' required). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }
export type Messages = { readonly [K in keyof typeof ar]: (typeof ar)[K] extends string ? string : PluralForms }
export type MessageKey = keyof typeof ar
export type PluralKey = { [K in MessageKey]: (typeof ar)[K] extends string ? never : K }[MessageKey]
export type TextKey = Exclude<MessageKey, PluralKey>
export type Params = Readonly<Record<string, string | number>>
