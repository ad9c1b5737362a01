/** The entity registry's records and what the mention finder returns. Offsets are raw text offsets. */

export const entityTypes = ['person', 'org', 'product', 'place', 'money', 'other'] as const
export type EntityType = (typeof entityTypes)[number]

export interface Entity {
  id: string
  type: EntityType
  /** Arabic name, '' when unknown. */
  nameAr: string
  /** Latin-script name, '' when unknown. */
  nameLatin: string
  /** Other spellings: زوكربيرغ / زوكربيرج / Zuckerberg. */
  aliases: string[]
  description: string
  /**
   * The description in Arabic when `description` is in another language (the bundled registry's are
   * English). Optional: registries stored before it load unchanged.
   */
  descriptionAr?: string
  /** For type 'money': the amount this entity stands for (matched by value, not by wording). */
  money?: { value: number; currency: string }
  createdAt: string
  updatedAt: string
}

/** A name of a registry entity found in a text. The range covers the name, never its proclitics. */
export interface Mention {
  start: number
  end: number
  entityId: string
}

/** An amount of money found in a text, with its value normalised ("14.3 مليار دولار" → 14.3e9 USD). */
export interface MoneyMention {
  start: number
  end: number
  value: number
  /** ISO 4217 code: USD, EUR, GBP, SAR, AED, EGP, … */
  currency: string
}

/** What made discovery notice a name (src/core/entities/discovery): shown to the user as its reason. */
export type DiscoverySignal =
  | 'unknown-word'
  | 'gazetteer'
  | 'speech-verb'
  | 'title-before'
  | 'title-after'
  | 'kind-word'
  | 'institution'
  | 'coordination'
  | 'latin'
  | 'acronym'
  | 'given-name'
  | 'dateline'

/** A span that looks like an entity the registry does not know yet, offered for one-click creation. */
export interface Suggestion {
  start: number
  end: number
  /** The name as it appears (raw text). */
  text: string
  /** The strongest reason; the older suggester's two reasons remain for when discovery has not run. */
  reason: 'latin-proper-noun' | 'after-title' | DiscoverySignal
  type: EntityType
  /** Every reason discovery had. */
  signals?: DiscoverySignal[]
  /** The name as discovery proposes it (the surname alone is a mention of the whole name). */
  name?: string
}

/** The description to show in a language: the Arabic one for Arabic when there is one, else the description as written. */
export const descriptionIn = (e: Pick<Entity, 'description' | 'descriptionAr'>, lang: 'ar' | 'en'): string =>
  lang === 'ar' ? e.descriptionAr || e.description : e.description || e.descriptionAr || ''
