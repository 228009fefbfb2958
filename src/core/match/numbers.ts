// Lines up figures for the same measure across articles and reports values that cannot all be right.
// Hedges ("at least", "nearly") widen a figure into a range; ranges that overlap agree.
import type { Claim, Conflict } from '../types';
import { byPlace, occurrence } from './occurrences';

const COMPARED = new Set(['count', 'money', 'age', 'duration']);

/** A round figure may stand for anything that rounds to it: "$26 million" for $26.6 million. */
function range(c: Claim): [number, number] {
  const v = c.value;
  if (v >= 1000) {
    // One unit of the last significant digit, at most a tenth of the figure: "2,000" is not "2,500".
    let unit = 1;
    while (v % (unit * 10) === 0) unit *= 10;
    const step = Math.min(unit, v / 10);
    return [Math.min(c.low, v - step), Math.max(c.high, v + step)];
  }
  return [c.low, c.high];
}

/** Figures anchored to different times ("last month" / "friday") are about different events. An age changes too slowly to care. */
function sameTime(a: Claim, b: Claim): boolean {
  return a.kind === 'age' || !a.when || !b.when || a.when.some((w) => b.when!.includes(w));
}

/**
 * Sentences around two figures for a bare noun ("aircraft", "states") must share a content word;
 * a figure for the same noun in an unrelated sentence is usually about something else.
 */
function sameContext(a: Claim, b: Claim): boolean {
  return (a.context ?? []).some((w) => (b.context ?? []).includes(w));
}

export function compatible(a: Claim, b: Claim): boolean {
  const [al, ah] = range(a), [bl, bh] = range(b);
  return al <= bh && bl <= ah;
}

export function claimKey(c: Claim, personKey: (surname: string) => string | undefined): string | undefined {
  if (!COMPARED.has(c.kind)) return undefined;
  if (c.kind === 'age') {
    const who = c.about && personKey(c.about);
    return who ? `age:${who}` : undefined;
  }
  return c.measure ? `${c.kind}:${c.measure}` : undefined;
}

/** Measures from the synonym table (killed, arrested...) and ages name what is counted precisely. */
function isTableMeasure(key: string): boolean {
  return /^(?:count:(?:killed|injured|arrested|missing|evacuated):|age:)/.test(key);
}

export function numberConflicts(claims: readonly Claim[], personKey: (surname: string) => string | undefined): Conflict[] {
  const byKey = new Map<string, Claim[]>();
  for (const c of claims) {
    const k = claimKey(c, personKey);
    if (k) byKey.set(k, [...(byKey.get(k) ?? []), c]);
  }
  const out: Conflict[] = [];
  for (const [key, list] of byKey) {
    const paths = [...new Set(list.map((c) => c.path))];
    if (paths.length < 2) continue;
    const table = isTableMeasure(key);
    const involved = new Set<Claim>();
    for (const a of list) {
      for (const b of list) {
        if (a.path >= b.path) continue;
        // Only when nothing in the other article agrees: an article may give a figure twice, or
        // break a total down, and one agreeing figure settles it.
        const aAgrees = list.some((x) => x.path === b.path && sameTime(a, x) && compatible(a, x));
        const bAgrees = list.some((x) => x.path === a.path && sameTime(b, x) && compatible(b, x));
        if (!compatible(a, b) && sameTime(a, b) && (table || sameContext(a, b)) && !aAgrees && !bAgrees) { involved.add(a); involved.add(b); }
      }
    }
    if (involved.size < 2) continue;
    const members = [...involved].sort(byPlace);
    const values = [...new Set(members.map((c) => c.text))];
    const subject = key.split(':').slice(1).join(' ');
    out.push({
      kind: 'number',
      rule: 'figure-mismatch',
      severity: 'warning',
      subject,
      message: `Figures disagree for ${subject}: ${values.map((v) => `"${v}"`).join(' vs ')}`,
      occurrences: members.map(occurrence),
    });
  }
  return out;
}
