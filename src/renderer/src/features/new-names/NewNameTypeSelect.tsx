import type { ReactNode } from 'react'
import type { NewNameChoice } from '../../../../shared/api'
import { useI18n } from '../../i18n/I18nProvider'

/** The types a proposed name can be accepted as (an amount of money is never a name). */
export const nameTypes: readonly NewNameChoice['type'][] = ['person', 'org', 'product', 'place', 'other']

/** The type of a proposed name, which the user can correct before accepting. */
export function NewNameTypeSelect({ value, onChange }: { value: NewNameChoice['type']; onChange: (type: NewNameChoice['type']) => void }): ReactNode {
  const i18n = useI18n()
  return (
    <select className={`type-select type-${value}`} name="type" value={value} aria-label={i18n.t('entity.type')} onChange={(e) => onChange(e.currentTarget.value as NewNameChoice['type'])}>
      {nameTypes.map((t) => (
        <option key={t} value={t}>
          {i18n.t(`entity.type.${t}`)}
        </option>
      ))}
    </select>
  )
}
