import type { Row, Unit } from './section'

export interface TableRow extends Row {
  section: string
}

/** A figure with its unit, rounded to what the measurement can tell apart. */
export function formatValue(value: number, unit: Unit): string {
  if (unit === 'count') return Math.round(value).toLocaleString('en-US')
  if (unit === '×') return `${value.toFixed(2)}×`
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2
  return `${value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })} ${unit}`
}

const okCell = (row: Row): string => (row.pass === undefined ? '–' : row.pass ? 'yes' : 'NO')

/** Fixed-width table: section | measure | value | reference | goal | ok. */
export function formatTable(rows: readonly TableRow[]): string {
  const header = ['section', 'measure', 'value', 'reference (same run)', 'goal', 'ok']
  const cells = rows.map((r) => [
    r.section,
    r.name,
    formatValue(r.value, r.unit),
    r.reference ? `${formatValue(r.reference.value, r.reference.unit ?? r.unit)}  ${r.reference.label}` : '–',
    r.goal ? `≤ ${Number.isInteger(r.goal.max) ? `${r.goal.max.toLocaleString('en-US')} ${r.unit}` : formatValue(r.goal.max, r.unit)}` : '–',
    okCell(r),
  ])
  const widths = header.map((h, c) => Math.max(h.length, ...cells.map((row) => (row[c] as string).length)))
  const rightAligned = new Set([2])
  const line = (row: string[]): string =>
    row
      .map((cell, c) => (rightAligned.has(c) ? cell.padStart(widths[c] as number) : cell.padEnd(widths[c] as number)))
      .join(' | ')
      .trimEnd()
  const rule = widths.map((w) => '-'.repeat(w)).join('-+-')
  const body: string[] = []
  rows.forEach((row, i) => {
    if (i > 0 && rows[i - 1]?.section !== row.section) body.push(rule)
    body.push(line(cells[i] as string[]))
  })
  return [line(header), rule, ...body].join('\n')
}
