// Aligns quantity frames (extract/quantities.ts) across articles by their parts, and reports the ones
// whose values cannot all be true. Two quantities are one fact when they measure the same dimension as
// an argument of the same predicate ("traveling at 12 mph" / "traveling north at 14 mph") and are
// anchored to compatible times. Uniqueness decides the rest: an article that gives one frame two values
// that disagree states two facts under it and cannot be aligned with anything, so it is left out.
// Counts, sums of money, durations and ages are frames too: the predicate family and the head noun of
// what is counted ("killed" + "people"), or the person an age belongs to; match/numbers.ts aligns those.
// Frames are indexed by key, so the cost is linear in the number of quantities.
import type { Claim, Conflict } from '../types';
import { alignedDisagreeing, figureMismatch, isCounted } from './numbers';
import { byPlace } from './occurrences';

/** An article stating one frame more often than this uses it for a recurring quantity, not one fact. */
const MAX_REPEATS = 3;

const SUBJECTS: Record<string, string> = { length: 'distance', mass: 'weight', speed: 'speed', 'time of day': 'time of day' };

/**
 * Conflicts from frames are about the whole quantity ("3.7 million miles", "4:20 a.m."): a fix replaces
 * it whole. Built from SUBJECTS, so a dimension added there is recognised here too.
 */
export const FRAME_SUBJECT = new RegExp(String.raw`^(?:${Object.values(SUBJECTS).join('|')}|times \p{L}+|ordinal \p{L}+)(?: \(.+\))?$`, 'u');

/**
 * The frame a quantity fills, as an index key; undefined when it has too few parts to be aligned. A
 * count's key is its predicate family (or the preposition of the phrase it sits in) and its head noun;
 * an age's, the person it belongs to.
 */
function frameKey(c: Claim, personKey: (name: string) => string | undefined): string | undefined {
  if (c.kind === 'multiplier' || c.kind === 'ordinal') return c.measure;
  if (c.kind === 'measure' || c.kind === 'time') return c.predicate ? `${c.measure}|${c.predicate}` : undefined;
  if (c.kind === 'age') { const who = c.about && personKey(c.about); return who ? `age|${who}` : undefined; }
  if (isCounted(c)) return c.measure ? `${c.kind}|${c.family ?? ''}|${c.measure}|${c.predicate ?? ''}` : undefined;
  return undefined;
}

/** "time of day (fled)": what is measured, and the verb as the first article wrote it. */
function subjectOf(first: Claim, key: string, describe: (key: string) => string): string {
  // An age's key holds a cluster number, which means nothing to a reader (and depends on load order).
  if (first.kind === 'age') return `the age of ${describe(key.slice('age|'.length))}`;
  if (isCounted(first)) return [first.family, ...first.measure.split(':')].filter(Boolean).join(' ');
  const what = SUBJECTS[first.measure] ?? first.measure;
  return first.predicateWord ? `${what} (${first.predicateWord.toLowerCase()})` : what;
}

/** `personKey` finds the person a name as written belongs to; `describe` names that person for messages. */
export function frameConflicts(claims: readonly Claim[], personKey: (name: string) => string | undefined = () => undefined, describe: (key: string) => string = (k) => k): Conflict[] {
  const byKey = new Map<string, Claim[]>();
  for (const c of claims) {
    const k = frameKey(c, personKey);
    if (!k) continue;
    const list = byKey.get(k);
    if (list) list.push(c); else byKey.set(k, [c]);
  }
  const out: Conflict[] = [];
  for (const [key, list] of byKey) {
    const found = list[0].kind === 'age' || isCounted(list[0]) ? [alignedDisagreeing(list)] : disagreeing(list);
    for (const members of found) {
      if (members.length < 2) continue;
      members.sort(byPlace);
      out.push(figureMismatch(subjectOf(members[0], key, describe), members));
    }
  }
  return out;
}

interface Stated { readonly claims: Claim[]; low: number; high: number; readonly anchor?: string }

/** The claims of one frame that disagree across articles, one list per time anchor. */
function disagreeing(list: readonly Claim[]): Claim[][] {
  const byPath = new Map<string, Claim[]>();
  for (const c of list) { const l = byPath.get(c.path); if (l) l.push(c); else byPath.set(c.path, [c]); }
  if (byPath.size < 2) return [];
  // What each article states for the frame: one range, or nothing when its own figures disagree.
  const stated: Stated[] = [];
  for (const claims of byPath.values()) {
    if (claims.length > MAX_REPEATS) continue;
    const anchors = new Set(claims.map((c) => (c.when?.length === 1 ? c.when[0] : undefined)).filter((a): a is string => !!a));
    if (anchors.size > 1) continue;
    const s: Stated = { claims, low: -Infinity, high: Infinity, anchor: [...anchors][0] };
    for (const c of claims) { s.low = Math.max(s.low, c.low); s.high = Math.min(s.high, c.high); }
    if (s.low <= s.high) stated.push(s);
  }
  // Articles with no time word agree in time with any; two different time words are two facts.
  const anchors = [...new Set(stated.map((s) => s.anchor).filter((a): a is string => !!a))];
  const groups = anchors.length ? anchors.map((a) => stated.filter((s) => !s.anchor || s.anchor === a)) : [stated];
  const out: Claim[][] = [];
  const reported = new Set<Stated>();
  for (const g of groups) {
    if (g.length < 2) continue;
    // Some pair is disjoint exactly when the lowest upper bound is below the highest lower bound.
    const minHigh = Math.min(...g.map((s) => s.high)), maxLow = Math.max(...g.map((s) => s.low));
    if (minHigh >= maxLow) continue;
    const involved = g.filter((s) => s.high < maxLow || s.low > minHigh);
    if (involved.length < 2 || involved.some((s) => reported.has(s))) continue;
    involved.forEach((s) => reported.add(s));
    out.push(involved.flatMap((s) => s.claims));
  }
  return out;
}
