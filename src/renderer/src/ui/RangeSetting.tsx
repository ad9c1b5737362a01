import type { ReactNode } from 'react'

interface Props {
  label: string
  name: string
  value: number
  /** The value as the interface shows it (localised digits). */
  shown: string
  min: number
  max: number
  step: number
  onChange: (value: number) => void
}

/** A number picked on a slider, its current value shown beside the label. */
export function RangeSetting({ label, name, value, shown, min, max, step, onChange }: Props): ReactNode {
  return (
    <label className="setting">
      <span>
        {label} <output>{shown}</output>
      </span>
      <input type="range" name={name} min={min} max={max} step={step} value={value} onChange={(e) => onChange(Number(e.currentTarget.value))} />
    </label>
  )
}
