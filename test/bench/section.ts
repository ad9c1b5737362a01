/**
 * What a bench section returns: rows of one measured figure each, with the reference measured in
 * the same run beside it and, when an issue names one, the goal. To add a section, write a file
 * exporting a `Section` and list it in run.ts.
 */
export type Unit = 'ms' | 'MB' | 'KB' | 'count' | '×'

export interface Reference {
  /** What the reference is, shown beside its value ("read files only"). */
  label: string
  value: number
  /** Defaults to the row's unit. */
  unit?: Unit
}

/** A goal is an upper bound: the row passes when value ≤ max. */
export interface Goal {
  max: number
  /** Where the goal comes from, kept in bench.json ("issue: corpus load"). */
  source?: string
}

export interface Row {
  name: string
  value: number
  unit: Unit
  reference?: Reference
  goal?: Goal
  /** Computed from the goal when left out. */
  pass?: boolean
  /** A short remark printed under the table. */
  note?: string
}

export interface SectionContext {
  /** Project root (where package.json is). */
  root: string
  /** Progress lines go to stderr so stdout stays the table. */
  log(message: string): void
  /** A fresh folder under os.tmpdir(), removed when the bench ends (even on failure). */
  tempDir(label: string): Promise<string>
}

export interface Section {
  name: string
  run(ctx: SectionContext): Promise<Row[]>
}
