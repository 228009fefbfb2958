// One speaker's remarks come in the same order in two articles that report one interview or one
// briefing: a remark each article words its own way often stands right next to a remark both quote
// alike. Remarks the articles already share (found by their words) are anchors; two remarks of one
// speaker next to the same anchor, with no other remark of that speaker between, hold the same place.
import type { Quote } from '../types';

/** How far from a remark an anchor may stand, counted in the article's quotes: the next few, not the article. */
const REACH = 6;

/**
 * Whether quotes i and j (two articles) hold the same place in their speaker's sequence: walking
 * away from each in the same direction, the first quote aligned with the other article is reached
 * before any other quote of that speaker, and the two quotes reached are aligned with each other.
 * Each question walks a few quotes, so asking it for every candidate pair stays linear.
 */
export function sequenceSupport(
  quotes: readonly Quote[],
  anchors: readonly { i: number; j: number }[],
  speakerOf: readonly (string | undefined)[],
): (i: number, j: number) => boolean {
  const byPath = new Map<string, number[]>();
  quotes.forEach((q, i) => { const list = byPath.get(q.path); if (list) list.push(i); else byPath.set(q.path, [i]); });
  const position = new Array<number>(quotes.length);
  for (const list of byPath.values()) {
    list.sort((a, b) => quotes[a].start - quotes[b].start);
    list.forEach((i, k) => { position[i] = k; });
  }
  const partners = new Map<number, Set<number>>();
  const paths = new Map<number, Set<string>>();
  const link = (a: number, b: number) => {
    const set = partners.get(a); if (set) set.add(b); else partners.set(a, new Set([b]));
    const at = paths.get(a); if (at) at.add(quotes[b].path); else paths.set(a, new Set([quotes[b].path]));
  };
  for (const { i, j } of anchors) { link(i, j); link(j, i); }
  const alignedWith = (x: number, path: string) => !!paths.get(x)?.has(path);

  /** The first quote from i, going `step`, aligned with article `path`; undefined past another remark of i's speaker. */
  const anchorFrom = (i: number, path: string, step: 1 | -1) => {
    const list = byPath.get(quotes[i].path)!;
    for (let k = position[i] + step, n = 0; k >= 0 && k < list.length && n < REACH; k += step, n++) {
      const x = list[k];
      if (alignedWith(x, path)) return x;
      if (speakerOf[x] !== undefined && speakerOf[x] === speakerOf[i]) return undefined;
    }
    return undefined;
  };

  return (i, j) => ([1, -1] as const).some((step) => {
    const a = anchorFrom(i, quotes[j].path, step), b = anchorFrom(j, quotes[i].path, step);
    return a !== undefined && b !== undefined && !!partners.get(a)?.has(b);
  });
}
