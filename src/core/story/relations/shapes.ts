import type { EntityType } from '../../entities/types'

/** How each type of entity is drawn, the same in the app, the SVG and the legend: a shape and a colour. */
export type NodeShape = 'circle' | 'square' | 'diamond' | 'triangle' | 'hexagon' | 'ring'

export const TYPE_LOOK: Record<EntityType, { shape: NodeShape; color: string }> = {
  person: { shape: 'circle', color: '#2f6db5' },
  org: { shape: 'square', color: '#b5552f' },
  product: { shape: 'diamond', color: '#7a3fb0' },
  place: { shape: 'triangle', color: '#2e8a57' },
  money: { shape: 'hexagon', color: '#a57f12' },
  other: { shape: 'ring', color: '#5f6b76' },
}
