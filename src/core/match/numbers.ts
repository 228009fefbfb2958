// Aligns counts, money, durations and ages of one frame (match/frames.ts keys them) across articles and
// finds values that cannot all be right.
// Hedges ("at least", "nearly") widen a figure into a range; ranges that overlap agree.
import type { Claim, Conflict } from '../types';
import { occurrence } from './occurrences';

/** Kinds whose frame is what they count (a predicate family and a head noun), aligned by alignedDisagreeing. */
export function isCounted(c: Claim): boolean {
  return c.kind === 'count' || c.kind === 'money' || c.kind === 'duration';
}

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

export function compatible(a: Claim, b: Claim): boolean {
  const [al, ah] = range(a), [bl, bh] = range(b);
  return al <= bh && bl <= ah;
}

/** The conflict for figures of one subject that cannot all be true; `members` come in order of place. */
export function figureMismatch(subject: string, members: readonly Claim[]): Conflict {
  const values = [...new Set(members.map((c) => c.text))];
  return {
    kind: 'number',
    rule: 'figure-mismatch',
    severity: 'warning',
    subject,
    message: `Figures disagree for ${subject}: ${values.map((v) => `"${v}"`).join(' vs ')}`,
    occurrences: members.map(occurrence),
  };
}

/**
 * The claims for one measure that disagree with a claim in another article when nothing in that
 * article agrees with them: an article may give a figure twice, or break a total down, and one
 * agreeing figure settles it. Claims with the same range and time words behave alike, so they are
 * grouped and groups are compared, never every claim with every other (a toll repeated by a
 * thousand wire stories is one group).
 */
export function alignedDisagreeing(list: readonly Claim[]): Claim[] {
  if (new Set(list.map((c) => c.path)).size < 2) return [];
  // A predicate family (killed, arrested...) or a person's age names what is counted precisely; a bare
  // noun ("aircraft", "states") needs its sentences to agree as well.
  const table = list[0].kind === 'age' || !!list[0].family;
  const bySignature = new Map<string, Claim[]>();
  for (const c of list) {
    const sig = `${range(c).join(':')}|${c.when?.join(',') ?? ''}`;
    const group = bySignature.get(sig);
    if (group) group.push(c); else bySignature.set(sig, [c]);
  }
  const groups = [...bySignature.values()];
  // Whether group g finds agreement in an article: a group there that is compatible with it. Asked
  // per article through the groups that article has, so a long article's many figures are not all
  // compared with one another.
  const groupsIn = new Map<string, number[]>();
  groups.forEach((g, i) => { for (const p of new Set(g.map((c) => c.path))) { const l = groupsIn.get(p); if (l) l.push(i); else groupsIn.set(p, [i]); } });
  const agreement = new Map<string, boolean>();
  const agreesIn = (g: number, path: string) => {
    const k = `${g}\u0000${path}`;
    let yes = agreement.get(k);
    if (yes === undefined) agreement.set(k, (yes = (groupsIn.get(path) ?? []).some((h) => sameTime(groups[g][0], groups[h][0]) && compatible(groups[g][0], groups[h][0]))));
    return yes;
  };
  // Two groups whose claims all come from one article never disagree (each agrees with itself there),
  // so such pairs are not visited.
  const onlyPath = groups.map((g) => (g.every((c) => c.path === g[0].path) ? g[0].path : undefined));
  const byOnlyPath = new Map<string | undefined, number[]>();
  groups.forEach((_, i) => { const l = byOnlyPath.get(onlyPath[i]); if (l) l.push(i); else byOnlyPath.set(onlyPath[i], [i]); });
  const involved = new Set<Claim>();
  for (let x = 0; x < groups.length; x++) {
    for (const [path, ys] of byOnlyPath) {
      if (path !== undefined && path === onlyPath[x]) continue;
      for (const y of ys) {
        if (y <= x) continue;
        if (compatible(groups[x][0], groups[y][0]) || !sameTime(groups[x][0], groups[y][0])) continue;
        // Every claim agrees in its own article, so these pairs are always across two articles.
        const a = groups[x].filter((c) => !agreesIn(y, c.path));
        const b = groups[y].filter((c) => !agreesIn(x, c.path));
        if (!a.length || !b.length) continue;
        if (table) {
          for (const c of [...a, ...b]) involved.add(c);
          continue;
        }
        // Sentences around two figures for a bare noun ("aircraft", "states") must share a content word;
        // a figure for the same noun in an unrelated sentence is usually about something else.
        const byWord = new Map<string, Claim[]>();
        for (const c of b) for (const w of c.context ?? []) { const l = byWord.get(w); if (l) l.push(c); else byWord.set(w, [c]); }
        const claimed = new Set<string>();
        for (const c of a) {
          for (const w of c.context ?? []) {
            const partners = byWord.get(w);
            if (!partners) continue;
            involved.add(c);
            if (!claimed.has(w)) { claimed.add(w); for (const p of partners) involved.add(p); }
          }
        }
        // A figure credited to a person in its sentence lines up with one in a paragraph that names
        // them ("Roe said the firm has six aircraft" / "the firm will have five aircraft ... Roe said").
        // Indexed by name like the words above, so a measure given a thousand times costs linear time.
        const named = new Map<string, Claim[]>(), around = new Map<string, Claim[]>();
        const put = (map: Map<string, Claim[]>, n: string, c: Claim) => { const l = map.get(n); if (l) l.push(c); else map.set(n, [c]); };
        for (const p of b) {
          for (const n of p.named ?? []) { put(named, n, p); put(around, n, p); }
          for (const n of p.namedNearby ?? []) put(around, n, p);
        }
        const linked = new Set<string>();
        for (const c of a) {
          const links = [...(c.named ?? []).map((n) => [n, around] as const), ...(c.namedNearby ?? []).map((n) => [n, named] as const)];
          for (const [n, map] of links) {
            const partners = map.get(n);
            if (!partners) continue;
            involved.add(c);
            const key = `${map === named ? 'n' : 'a'}:${n}`;
            if (!linked.has(key)) { linked.add(key); for (const p of partners) involved.add(p); }
          }
        }
      }
    }
  }
  return involved.size < 2 ? [] : [...involved];
}
