import type { TimelineEntry } from '../../../../../shared/api'

/** The sections of the line: one per year (in date order), then the yearless items, then the undated ones. */
export type TimelineGroup =
  | { kind: 'year'; year: number; months: MonthGroup[] }
  | { kind: 'year-unknown'; months: MonthGroup[] }
  | { kind: 'date-unknown'; items: TimelineEntry[] }

/** Items of one month (month 0: known only to the year, "during the year"). */
export interface MonthGroup {
  month: number
  items: TimelineEntry[]
}

/** "2018-06-10" → [2018, 6]; "--06-10" → [null, 6]; "2018" → [2018, 0]. */
function yearMonth(iso: string): [number | null, number] {
  const yearless = iso.startsWith('--')
  const parts = iso.replace(/^--/, '').split('-').map(Number)
  return yearless ? [null, parts[0] ?? 0] : [parts[0] ?? 0, parts[1] ?? 0]
}

function intoMonths(items: readonly TimelineEntry[]): MonthGroup[] {
  const months: MonthGroup[] = []
  for (const item of items) {
    const month = yearMonth(item.date.iso ?? '')[1]
    const last = months.at(-1)
    if (last?.month === month) last.items.push(item)
    else months.push({ month, items: [item] })
  }
  return months
}

/** Groups entries already in timeline order (the backend's) by year and month; the order is kept. */
export function groupTimeline(entries: readonly TimelineEntry[]): TimelineGroup[] {
  const groups: TimelineGroup[] = []
  const byYear = new Map<number, TimelineEntry[]>()
  const yearless: TimelineEntry[] = []
  const undated: TimelineEntry[] = []
  for (const e of entries) {
    if (e.date.precision === 'relative-unresolved' || !e.date.iso) undated.push(e)
    else if (e.date.precision === 'unknown-year') yearless.push(e)
    else {
      const year = yearMonth(e.date.iso)[0] as number
      const list = byYear.get(year)
      if (list) list.push(e)
      else byYear.set(year, [e])
    }
  }
  for (const [year, items] of byYear) groups.push({ kind: 'year', year, months: intoMonths(items) })
  if (yearless.length > 0) groups.push({ kind: 'year-unknown', months: intoMonths(yearless) })
  if (undated.length > 0) groups.push({ kind: 'date-unknown', items: undated })
  return groups
}
