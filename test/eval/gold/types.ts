/** The evaluation gold, as stored in test/eval/gold/articles.gold.json and test/fixtures/seed-entities.gold.json. */
export type GoldType = 'person' | 'org' | 'product' | 'place' | 'other'

/** One named entity of one article: every surface form it takes there and every mention, as [start, end) UTF-16 offsets in the parsed text. */
export interface GoldEntity {
  type: GoldType
  name: string
  forms: string[]
  mentions: [number, number][]
  /** Seeds only: the entity's id in the starter registry (seeds/entities.json) when it is there. */
  entityId?: string
}

export interface GoldArticle {
  entities: GoldEntity[]
}

/** Keyed by article file name (eval articles) or article id (seeds). */
export type GoldFile = Record<string, GoldArticle>
