import type { EntityType } from '../../entities/types'

/**
 * How each type of entity is drawn, the same in the app (sigma's built-in shapes), the briefing's
 * SVG and the legends: a shape and a colour. Five types share four shapes, so the colour tells
 * money (gold) from an organisation (rust) and "other" (grey) from a person (blue).
 */
export type NodeShape = 'circle' | 'square' | 'diamond' | 'triangle'

export const TYPE_LOOK: Record<EntityType, { shape: NodeShape; color: string }> = {
  person: { shape: 'circle', color: '#2f6db5' },
  org: { shape: 'square', color: '#b5552f' },
  product: { shape: 'diamond', color: '#7a3fb0' },
  place: { shape: 'triangle', color: '#2e8a57' },
  money: { shape: 'square', color: '#a57f12' },
  other: { shape: 'circle', color: '#6b7580' },
}
