import type { ReactNode } from 'react'
import type { HighlightColor } from '../../../core/store/annotations'
import { COLORS } from '../features/highlights/colors'
import { useI18n } from '../i18n/I18nProvider'
import { toggled } from '../lib/toggled'

interface Props {
  chosen: readonly HighlightColor[]
  /** The inputs' name (forms and tests find them by it). */
  name: string
  label: string
  className: string
  choiceClassName?: string
  onChange(chosen: HighlightColor[]): void
}

/** A checkbox per highlight colour, with its swatch and name: the export dialog's and the relation graph's choice of colours. */
export function ColorChecklist({ chosen, name, label, className, choiceClassName, onChange }: Props): ReactNode {
  const i18n = useI18n()
  return (
    <div className={className} role="group" aria-label={label}>
      {COLORS.map((color) => (
        <label key={color} className={choiceClassName}>
          <input type="checkbox" name={name} value={color} checked={chosen.includes(color)} onChange={(e) => onChange(toggled(chosen, color, e.currentTarget.checked))} />
          <span className={`swatch hl-${color}`} aria-hidden="true" />
          {i18n.t(`color.${color}`)}
        </label>
      ))}
    </div>
  )
}
