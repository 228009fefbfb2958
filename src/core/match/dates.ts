// Reports one event dated differently by two articles: "posted Oct. 30" vs "on Oct. 29", or "on
// Tuesday" vs "Sept. 28, 2015" (a Monday). Articles give many dates for many events, so a pair is
// reported only when the sentences clearly tell of the same event and nothing in either article dates
// it the same way. A weekday is compared only with a date, and only where the calendar settles it.
import type { Claim, Conflict, EventDate, EventWords } from '../types';
import { byPlace, occurrence } from './occurrences';
import { anchorsOf, calendar, FullDate } from './weekdays';

/** Content words two sentences must share to be about one event (names among them). */
const SAME_EVENT_WORDS = 5;
/** Content words that make a same-dated sentence in the other article count as agreement. */
const AGREEING_WORDS = 3;
/** A misdated event is off by days or a month; dates further apart with similar sentences are two events. */
const MAX_DAYS_APART = 62;
/**
 * Words other than names a weekday's sentence must share with a date's to be reported against it: a
 * story's people and places recur all week, so names alone do not make two days one event. One of
 * them must stand next to both the weekday and the date (what happened that day).
 */
const WEEKDAY_EVENT_WORDS = 2;

/**
 * A name in more date and weekday sentences than this proposes no pairs: it cannot tell one event
 * from another, and its pairs grow with the square of its count (a thousand wire stories naming one
 * official beside a weekday each would hold hundreds of thousands of candidate pairs in memory).
 */
const MAX_NAME_SPREAD = 200;

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
  const events = claims.filter((c) => c.date !== undefined || c.weekday !== undefined);
  const wordsOf = (c: Claim): EventWords => (c.date ?? c.weekday)!;
  const byPath = new Map<string, number[]>();
  events.forEach((d, i) => {
    const list = byPath.get(d.path);
    if (list) list.push(i); else byPath.set(d.path, [i]);
  });
  const wordSets = events.map((d) => new Set(wordsOf(d).words));
  const nearSets = events.map((d) => new Set(wordsOf(d).near));
  const eventSets = events.map((d) => { const names = new Set(wordsOf(d).names); return new Set(wordsOf(d).words.filter((w) => !names.has(w))); });
  const nearEventSets = events.map((d, i) => new Set([...nearSets[i]].filter((w) => eventSets[i].has(w))));
  const shared = (i: number, j: number, sets: Set<string>[]) => {
    let n = 0;
    for (const w of sets[i]) if (sets[j].has(w)) n++;
    return n;
  };
  // The full dates that pin each weekday's week, found once.
  const anchors = new Map<number, FullDate[]>();
  const anchorsFor = (i: number) => {
    let list = anchors.get(i);
    if (!list) anchors.set(i, (list = anchorsOf(events[i], (byPath.get(events[i].path) ?? []).map((x) => events[x]))));
    return list;
  };
  /** Whether two dated claims can be the same day: true, false, or undefined when nothing settles it. */
  const sameDay = (i: number, j: number): boolean | undefined => {
    const a = events[i], b = events[j];
    if (a.date && b.date) return compatibleDates(a.date, b.date);
    if (a.weekday && b.weekday) return a.weekday.day === b.weekday.day ? true : undefined;
    const [w, d] = a.weekday ? [i, j] : [j, i];
    const verdict = calendar(events[w].weekday!, events[d].date!, anchorsFor(w));
    return verdict === undefined ? undefined : verdict === 'agree';
  };

  // Candidate pairs share a name; an index on names avoids comparing every date with every other. A
  // name in most of many date sentences (the story's subject) tells no events apart, so it proposes none.
  const byName = new Map<string, number[]>();
  events.forEach((d, i) => wordsOf(d).names.forEach((n) => { const list = byName.get(n); if (list) list.push(i); else byName.set(n, [i]); }));
  const telling = [...byName.values()].filter((list) => list.length <= MAX_NAME_SPREAD && !(list.length > 50 && list.length > events.length / 2));
  const candidates = events.map(() => new Set<number>());
  for (const list of telling) for (const i of list) for (const j of list) if (j > i && events[i].path !== events[j].path) candidates[i].add(j);

  const pairs: { i: number; j: number; score: number }[] = [];
  // The best-scoring date in each other article, for each date: only mutual best matches are one event.
  // Dates are ranked among dates as before weekdays were read; a weekday must beat every date and
  // weekday of the other article to be paired at all.
  const bestDate = events.map(() => new Map<string, number>());
  const bestAny = events.map(() => new Map<string, number>());
  const note = (best: Map<string, number>[], i: number, path: string, score: number) => best[i].set(path, Math.max(best[i].get(path) ?? 0, score));
  candidates.forEach((js, i) => {
    for (const j of js) {
      const words = shared(i, j, wordSets);
      // A pair sharing fewer words can neither be reported nor outscore one that can.
      if (words < SAME_EVENT_WORDS) continue;
      // Two dates in one sentence share all its words; the words next to each tell them apart.
      const score = words * 100 + shared(i, j, nearSets);
      for (const best of events[i].date && events[j].date ? [bestDate, bestAny] : [bestAny]) {
        note(best, i, events[j].path, score);
        note(best, j, events[i].path, score);
      }
      pairs.push({ i, j, score });
    }
  });

  const agreesIn = (i: number, path: string) =>
    (byPath.get(path) ?? []).some((x) => sameDay(i, x) === true && shared(i, x, wordSets) >= AGREEING_WORDS);

  const parent = events.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const involved = new Set<number>();
  for (const { i, j, score } of pairs) {
    const a = events[i], b = events[j];
    if (a.weekday && b.weekday) continue;
    const best = a.date && b.date ? bestDate : bestAny;
    if (score < best[i].get(b.path)! || score < best[j].get(a.path)!) continue;
    if (sameDay(i, j) !== false) continue;
    if (a.date && b.date && daysApart(a.date, b.date) > MAX_DAYS_APART) continue;
    if (!(a.date && b.date) && (shared(i, j, eventSets) < WEEKDAY_EVENT_WORDS || shared(i, j, nearEventSets) < 1)) continue;
    if (agreesIn(i, b.path) || agreesIn(j, a.path)) continue;
    parent[find(i)] = find(j);
    involved.add(i).add(j);
  }

  const groups = new Map<number, Claim[]>();
  for (const i of involved) { const list = groups.get(find(i)); if (list) list.push(events[i]); else groups.set(find(i), [events[i]]); }
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
