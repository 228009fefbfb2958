// Reports one event dated differently by two articles: "posted Oct. 30" vs "on Oct. 29". Articles
// give many dates for many events, so a pair is reported only when the sentences clearly tell of the
// same event and nothing in either article dates it the same way.
import type { Claim, Conflict, EventDate } from '../types';
import { byPlace, occurrence } from './occurrences';

/** Content words two sentences must share to be about one event (names among them). */
const SAME_EVENT_WORDS = 5;
/** Content words that make a same-dated sentence in the other article count as agreement. */
const AGREEING_WORDS = 3;
/** A misdated event is off by days or a month; dates further apart with similar sentences are two events. */
const MAX_DAYS_APART = 62;

type Dated = Claim & { readonly date: EventDate };

export function compatibleDates(a: EventDate, b: EventDate): boolean {
  return (a.year === undefined || b.year === undefined || a.year === b.year) && a.month === b.month && (a.day === undefined || b.day === undefined || a.day === b.day);
}

/** Days between two dates, a missing day taken as mid-month and a missing year as whichever is nearest. */
function daysApart(a: EventDate, b: EventDate): number {
  const at = (d: EventDate, year: number) => Date.UTC(year, d.month - 1, d.day ?? 15) / 86_400_000;
  const base = a.year ?? b.year ?? 2001;
  return Math.min(...[-1, 0, 1].map((k) => {
    const ya = a.year ?? (b.year !== undefined ? base + k : base);
    const yb = b.year ?? (a.year !== undefined || b.year === undefined ? base + k : base);
    return Math.abs(at(a, ya) - at(b, yb));
  }));
}

const sharedCount = (a: readonly string[], b: readonly string[]) => {
  const set = new Set(b);
  return a.filter((w) => set.has(w)).length;
};

export function dateConflicts(claims: readonly Claim[]): Conflict[] {
  const dates = claims.filter((c): c is Dated => c.kind === 'date' && c.date !== undefined);
  const byPath = new Map<string, Dated[]>();
  for (const d of dates) byPath.set(d.path, [...(byPath.get(d.path) ?? []), d]);

  // Candidate pairs share at least one name; an index on names avoids comparing every date with every other.
  const byName = new Map<string, number[]>();
  dates.forEach((d, i) => d.date.names.forEach((n) => byName.set(n, [...(byName.get(n) ?? []), i])));
  const pairs = new Map<string, { i: number; j: number; score: number; shared: number }>();
  for (const list of byName.values()) {
    for (const i of list) {
      for (const j of list) {
        if (j <= i || dates[i].path === dates[j].path || pairs.has(`${i}:${j}`)) continue;
        const a = dates[i].date, b = dates[j].date;
        const shared = sharedCount(a.words, b.words);
        // Two dates in one sentence share all its words; the words next to each tell them apart.
        pairs.set(`${i}:${j}`, { i, j, shared, score: shared * 100 + sharedCount(a.near, b.near) });
      }
    }
  }
  // The best-scoring date in each other article, for each date: only mutual best matches are one event.
  const best = new Map<string, number>();
  const note = (i: number, path: string, score: number) => best.set(`${i}@${path}`, Math.max(best.get(`${i}@${path}`) ?? 0, score));
  for (const p of pairs.values()) { note(p.i, dates[p.j].path, p.score); note(p.j, dates[p.i].path, p.score); }

  const agreesIn = (d: Dated, path: string) =>
    (byPath.get(path) ?? []).some((x) => compatibleDates(d.date, x.date) && sharedCount(d.date.words, x.date.words) >= AGREEING_WORDS);

  const parent = dates.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const involved = new Set<number>();
  for (const { i, j, score, shared } of pairs.values()) {
    const a = dates[i], b = dates[j];
    if (shared < SAME_EVENT_WORDS || compatibleDates(a.date, b.date) || daysApart(a.date, b.date) > MAX_DAYS_APART) continue;
    if (score < (best.get(`${i}@${b.path}`) ?? 0) || score < (best.get(`${j}@${a.path}`) ?? 0)) continue;
    if (agreesIn(a, b.path) || agreesIn(b, a.path)) continue;
    parent[find(i)] = find(j);
    involved.add(i).add(j);
  }

  const groups = new Map<number, Dated[]>();
  for (const i of involved) groups.set(find(i), [...(groups.get(find(i)) ?? []), dates[i]]);
  return [...groups.values()].map((members) => {
    members.sort(byPlace);
    const values = [...new Set(members.map((d) => d.text))];
    return {
      kind: 'number' as const,
      rule: 'figure-mismatch' as const,
      severity: 'warning' as const,
      subject: 'date',
      message: `Dates disagree for one event: ${values.map((v) => `"${v}"`).join(' vs ')}`,
      occurrences: members.map(occurrence),
    };
  });
}
