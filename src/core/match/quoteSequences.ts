// One speaker's remarks come in the same order in two articles that report one interview or one
// briefing: a remark each article words its own way often stands right next to a remark both quote
// alike. Remarks the articles already share (found by their words) are anchors; two remarks of one
// speaker next to the same anchor, with no other remark of that speaker between, hold the same place.
import type { Quote } from '../types';
import { partnerIndex } from './quotePairs';

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
  anchorI: ArrayLike<number>,
  anchorJ: ArrayLike<number>,
  speakerOf: readonly (string | undefined)[],
): (i: number, j: number) => boolean {
  const byPath = new Map<string, number[]>();
  quotes.forEach((q, i) => { const list = byPath.get(q.path); if (list) list.push(i); else byPath.set(q.path, [i]); });
  const position = new Array<number>(quotes.length);
  const pathOf = new Int32Array(quotes.length);
  const pathIds = new Map<string, number>();
  for (const [path, list] of byPath) {
    pathIds.set(path, pathIds.size);
    list.sort((a, b) => quotes[a].start - quotes[b].start);
    list.forEach((i, k) => { position[i] = k; pathOf[i] = pathIds.size - 1; });
  }
  // Each quote's anchor partners, ordered by article then quote, so that both questions below are a
  // binary search; built on the first question (most clusters never ask one).
  let index: { start: Int32Array; partners: Int32Array } | undefined;
  const partnersOf = () => {
    if (index) return index;
    index = partnerIndex(quotes.length, anchorI, anchorJ);
    const { start, partners } = index;
    for (let x = 0; x < quotes.length; x++) {
      if (start[x + 1] - start[x] > 1) partners.subarray(start[x], start[x + 1]).sort((a, b) => pathOf[a] - pathOf[b] || a - b);
    }
    return index;
  };
  /** Where, among x's partners, the first at or after (article p, quote y) stands. */
  const seek = (x: number, p: number, y: number) => {
    const { start, partners } = partnersOf();
    let lo = start[x], hi = start[x + 1];
    while (lo < hi) {
      const mid = (lo + hi) >> 1, z = partners[mid];
      if (pathOf[z] < p || (pathOf[z] === p && z < y)) lo = mid + 1; else hi = mid;
    }
    return lo < start[x + 1] ? partners[lo] : -1;
  };
  const alignedWith = (x: number, p: number) => { const z = seek(x, p, -1); return z >= 0 && pathOf[z] === p; };
  const linked = (a: number, b: number) => seek(a, pathOf[b], b) === b;

  /** The first quote from i, going `step`, aligned with article `p`; undefined past another remark of i's speaker. */
  const anchorFrom = (i: number, p: number, step: 1 | -1) => {
    const list = byPath.get(quotes[i].path)!;
    for (let k = position[i] + step, n = 0; k >= 0 && k < list.length && n < REACH; k += step, n++) {
      const x = list[k];
      if (alignedWith(x, p)) return x;
      if (speakerOf[x] !== undefined && speakerOf[x] === speakerOf[i]) return undefined;
    }
    return undefined;
  };

  return (i, j) => ([1, -1] as const).some((step) => {
    const a = anchorFrom(i, pathOf[j], step), b = anchorFrom(j, pathOf[i], step);
    return a !== undefined && b !== undefined && linked(a, b);
  });
}
