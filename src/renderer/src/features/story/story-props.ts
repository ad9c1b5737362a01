import type { Entity } from '../../../../core/entities/types'
import type { Library } from '../../../../shared/api'
import type { ApiError } from '../../../../shared/result'

/** What each view of the story (graph, timeline, figures) is given by the app. */
export interface StoryPanelProps {
  entities: readonly Entity[]
  /** The library (a new object after an import or a removal: the view asks again). */
  library: Library
  /** Show only what touches this entity (null: everything). */
  entityId: string | null
  onFocusEntity: (id: string | null) => void
  onOpenEntity: (id: string) => void
  onJump: (articleId: string, start: number, end: number) => void
  onError: (error: ApiError) => void
}
