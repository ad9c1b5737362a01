import type { CSSProperties, ReactNode } from 'react'

interface Props<T extends string> {
  legend: string
  /** The radio group's name (also what tests and forms find it by). */
  name: string
  choices: readonly T[]
  value: T
  onChange: (value: T) => void
  labelOf: (choice: T) => ReactNode
  /** Extra class or style for one choice's label (a swatch, a font sample). */
  decorate?: (choice: T) => { className?: string; style?: CSSProperties }
}

/** One choice among a few, as a fieldset of radio buttons: every option in sight, one click to pick. */
export function ChoiceGroup<T extends string>({ legend, name, choices, value, onChange, labelOf, decorate }: Props<T>): ReactNode {
  return (
    <fieldset className="setting">
      <legend>{legend}</legend>
      {choices.map((choice) => {
        const extra = decorate?.(choice) ?? {}
        return (
          <label key={choice} className={`choice${extra.className ? ` ${extra.className}` : ''}`} style={extra.style}>
            <input type="radio" name={name} value={choice} checked={value === choice} onChange={() => onChange(choice)} />
            {labelOf(choice)}
          </label>
        )
      })}
    </fieldset>
  )
}
