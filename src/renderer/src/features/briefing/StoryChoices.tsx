import type { ReactNode } from 'react'
import { inStoryOrder, storySections, type StorySection } from '../../../../core/briefing/story-sections'
import { useI18n } from '../../i18n/I18nProvider'

interface Props {
  chosen: readonly StorySection[]
  onChange(chosen: StorySection[]): void
}

/** The optional story sections of the briefing (relation graph, timeline, figures), each a checkbox. */
export function StoryChoices({ chosen, onChange }: Props): ReactNode {
  const i18n = useI18n()
  return (
    <fieldset className="setting">
      <legend>{i18n.t('briefing.story')}</legend>
      {storySections.map((section) => (
        <label key={section} className="choice">
          <input
            type="checkbox"
            name="briefing-story"
            value={section}
            checked={chosen.includes(section)}
            onChange={(e) => onChange(inStoryOrder(e.currentTarget.checked ? [...chosen, section] : chosen.filter((s) => s !== section)))}
          />
          {i18n.t(`briefing.story.${section}`)}
        </label>
      ))}
    </fieldset>
  )
}
