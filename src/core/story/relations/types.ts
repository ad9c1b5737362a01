import type { EntityType } from '../../entities/types'

/**
 * The mentions of one article as the relation graph reads them: for each paragraph (a non-chrome
 * block), the entity of every accepted mention in it, once per mention. Plain arrays, so a worker
 * can be sent them.
 */
export interface ArticleTies {
  articleId: string
  paragraphs: string[][]
}

/** An entity of the graph: how often and in how many articles it is mentioned. */
export interface RelationNode {
  id: string
  type: EntityType
  /** The name shown (Arabic first, else Latin). */
  label: string
  mentions: number
  articles: number
}

/** Two entities mentioned in the same paragraphs; `weight` is how many paragraphs they share (source < target). */
export interface RelationEdge {
  source: string
  target: string
  weight: number
}

export interface RelationGraph {
  nodes: RelationNode[]
  edges: RelationEdge[]
}

/** Which part of a graph to show. */
export interface GraphView {
  /** Only these types (all when absent or empty). */
  types?: readonly EntityType[]
  /** Edges sharing fewer paragraphs are left out (default 1). */
  minWeight?: number
  /** Only what is within `steps` ties of this entity. */
  around?: string
  /** 1 or 2 (default 1). */
  steps?: number
  /** At most this many edges, the strongest (default 300). */
  maxEdges?: number
}

/** A node placed on the plane (the layout's coordinates, roughly −1…1 once normalised). */
export interface Placed {
  x: number
  y: number
}
