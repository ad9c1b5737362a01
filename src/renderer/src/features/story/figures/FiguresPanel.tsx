import type { ReactNode } from 'react'
import { useI18n } from '../../../i18n/I18nProvider'
import type { StoryPanelProps } from '../story-props'

/** The story's figures view. Not built yet: it says so. */
export function FiguresPanel(_props: StoryPanelProps): ReactNode {
  const i18n = useI18n()
  return <p className="story-empty">{i18n.t('story.notYet')}</p>
}
