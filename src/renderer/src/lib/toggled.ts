/** A list with one item added (once) or removed: what a checkbox in a group of choices does to it. */
export const toggled = <T>(list: readonly T[], item: T, on: boolean): T[] =>
  on ? (list.includes(item) ? [...list] : [...list, item]) : list.filter((x) => x !== item)
