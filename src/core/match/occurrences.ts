// Helpers every matcher uses to order and report what it found.
import type { Occurrence } from '../types';

export const byPlace = (a: { path: string; start: number }, b: { path: string; start: number }) => a.path.localeCompare(b.path) || a.start - b.start;

export const occurrence = (m: { path: string; start: number; end: number; text: string }): Occurrence => ({ path: m.path, start: m.start, end: m.end, text: m.text });

/** The most frequent value; ties go to the alphabetically first, so results do not depend on order. */
export function majority(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
}
