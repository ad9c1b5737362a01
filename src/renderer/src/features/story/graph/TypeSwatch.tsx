import type { ReactNode } from 'react'
import type { EntityType } from '../../../../../core/entities/types'
import { TYPE_LOOK } from '../../../../../core/story/relations/shapes'

/** The type's shape in its colour, 16 px (as the canvas and the briefing's SVG draw it). */
export function TypeSwatch({ type }: { type: EntityType }): ReactNode {
  const { shape, color } = TYPE_LOOK[type]
  const drawn =
    shape === 'circle' ? (
      <circle cx="8" cy="8" r="6" fill={color} />
    ) : shape === 'square' ? (
      <rect x="2.5" y="2.5" width="11" height="11" fill={color} />
    ) : shape === 'diamond' ? (
      <polygon points="8,1.5 14.5,8 8,14.5 1.5,8" fill={color} />
    ) : (
      <polygon points="8,2 14,13 2,13" fill={color} />
    )
  return (
    <svg className="graph-swatch" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      {drawn}
    </svg>
  )
}
