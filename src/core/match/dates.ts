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
  if (a.year !== undefined && b.year !== undefined) return Math.abs(at(a, a.year) - at(b, b.year));
  const year = a.year ?? b.year ?? 2001;
  return Math.min(...[-1, 0, 1].map((k) => Math.abs(at(a, year) - at(b, year + k))));
}

export function dateConflicts(claims: readonly Claim[]): Conflict[] {
  const dates = claims.filter((c): c is Dated => c.kind === 'date' && c.date !== undefined);
  const byPath = new Map<string, number[]>();
  dates.forEach((d, i) => {
    const list = byPath.get(d.path);
    if (list) list.push(i); else byPath.set(d.path, [i]);
  });
  const wordSets = dates.map((d) => new Set(d.date.words));
  const nearSets = dates.map((d) => new Set(d.date.near));
  const shared = (i: number, j: number, sets: Set<string>[]) => {
    let n = 0;
    for (const w of sets[i]) if (sets[j].has(w)) n++;
    return n;
  };

  // Candidate pairs share a name; an index on names avoids comparing every date with every other. A
  // name in most of many date sentences (the story's subject) tells no events apart, so it proposes none.
  const byName = new Map<string, number[]>();
  dates.forEach((d, i) => d.date.names.forEach((n) => { const list = byName.get(n); if (list) list.push(i); else byName.set(n, [i]); }));
  const telling = [...byName.values()].filter((list) => !(list.length > 50 && list.length > dates.length / 2));
  const candidates = dates.map(() => new Set<number>());
  for (const list of telling) for (const i of list) for (const j of list) if (j > i && dates[i].path !== dates[j].path) candidates[i].add(j);

  const pairs: { i: number; j: number; score: number }[] = [];
  // The best-scoring date in each other article, for each date: only mutual best matches are one event.
  const best = dates.map(() => new Map<string, number>());
  const note = (i: number, path: string, score: number) => best[i].set(path, Math.max(best[i].get(path) ?? 0, score));
  candidates.forEach((js, i) => {
    for (const j of js) {
      const words = shared(i, j, wordSets);
      // A pair sharing fewer words can neither be reported nor outscore one that can.
      if (words < SAME_EVENT_WORDS) continue;
      // Two dates in one sentence share all its words; the words next to each tell them apart.
      const score = words * 100 + shared(i, j, nearSets);
      note(i, dates[j].path, score);
      note(j, dates[i].path, score);
      pairs.push({ i, j, score });
    }
  });

  const agreesIn = (i: number, path: string) =>
    (byPath.get(path) ?? []).some((x) => compatibleDates(dates[i].date, dates[x].date) && shared(i, x, wordSets) >= AGREEING_WORDS);

  const parent = dates.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const involved = new Set<number>();
  for (const { i, j, score } of pairs) {
    const a = dates[i], b = dates[j];
    if (score < best[i].get(b.path)! || score < best[j].get(a.path)!) continue;
    if (compatibleDates(a.date, b.date) || daysApart(a.date, b.date) > MAX_DAYS_APART) continue;
    if (agreesIn(i, b.path) || agreesIn(j, a.path)) continue;
    parent[find(i)] = find(j);
    involved.add(i).add(j);
  }

  const groups = new Map<number, Dated[]>();
  for (const i of involved) { const list = groups.get(find(i)); if (list) list.push(dates[i]); else groups.set(find(i), [dates[i]]); }
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
