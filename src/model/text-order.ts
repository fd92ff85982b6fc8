/**
 * Code-unit order for names, paths and rule ids. `localeCompare` would make a report depend on the
 * machine's locale and loads ICU's collation data on first use (about 30 ms of a run's start).
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
