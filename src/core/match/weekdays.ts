// Whether a weekday ("on Monday") and a date ("Sept. 28") can be the same day. A weekday names a day
// only within a week the reader knows, so it is resolved only when that week is pinned: by the date's
// own year, or by a full date with a year in the weekday's article (a dateline, or "Monday, Sept. 28,
// 2015" near it). Anything less pinned is neither agreement nor conflict.
import type { Claim, EventDate, EventWeekday } from '../types';

/** A full date this far from the start of an article is its dateline. */
const DATELINE_CHARS = 300;
/** A full date this close to a weekday (about a paragraph) pins its week. */
const NEARBY_CHARS = 500;
/** A weekday names a day within a week of the date that pins it. */
const WEEK_REACH_DAYS = 7;
const DAY_MS = 86_400_000;

export type FullDate = EventDate & { readonly year: number; readonly day: number };
export type Calendar = 'agree' | 'disagree' | undefined;

export function isFullDate(d: EventDate): d is FullDate {
  return d.year !== undefined && d.day !== undefined;
}

/** The full dates of the weekday's own article that pin its week. */
export function anchorsOf(weekday: Claim, sameArticle: readonly Claim[]): FullDate[] {
  const out: FullDate[] = [];
  for (const c of sameArticle) {
    if (c.date && isFullDate(c.date) && (c.start < DATELINE_CHARS || Math.abs(c.start - weekday.start) <= NEARBY_CHARS)) out.push(c.date);
  }
  return out;
}

const dayNumber = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day) / DAY_MS;

/**
 * Whether the weekday can fall on the date. 'disagree' only when every reading of the date misses the
 * weekday and the date lies in a week the weekday's article pins (when it pins any).
 */
export function calendar(weekday: EventWeekday, date: EventDate, anchors: readonly FullDate[]): Calendar {
  const day = date.day;
  if (day === undefined) return undefined;
  const near = (n: number) => anchors.some((a) => Math.abs(n - dayNumber(a.year, a.month, a.day)) <= WEEK_REACH_DAYS);
  // The date's own year, else the year that puts it next to an anchor close enough to pin its week.
  const readings = date.year !== undefined
    ? [dayNumber(date.year, date.month, day)]
    : anchors.flatMap((a) => [a.year - 1, a.year, a.year + 1].map((y) => dayNumber(y, date.month, day))).filter(near);
  if (!readings.length) return undefined;
  // Near midnight, a day either side is the same moment seen from another time zone.
  const slack = weekday.nearMidnight ? 1 : 0;
  const off = (n: number) => { const d = Math.abs(new Date(n * DAY_MS).getUTCDay() - weekday.day); return Math.min(d, 7 - d); };
  if (readings.some((n) => off(n) <= slack)) return 'agree';
  return anchors.length === 0 || readings.every(near) ? 'disagree' : undefined;
}
