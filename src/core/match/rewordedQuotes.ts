// Renderings of one remark that share no run of four words: a statement translated twice, or
// changed in every clause. They are found through an index of their content words, each word's list
// capped, so a cluster's quotes cost a bounded number of candidates each, never all pairs.
import { FUNCTION_WORDS } from '../model/lexicon';

/** A word in more renderings than this says nothing about which two are one remark. */
const MAX_POSTING = 32;
/** Content words two renderings must share to be compared at all... */
const MIN_SHARED = 3;
/** ...unless they are every content word of one of them, and at least this many: a short quote inside a longer one. */
const MIN_ALL_SHARED = 2;

/** Pairs [r, s] (r < s) of renderings that share at least three content words, or all (two or more) of one's. */
export function rewordedCandidates(words: readonly (readonly string[])[], plain: (w: string) => string): [number, number][] {
  const keysOf = words.map((ws) => new Set(ws.map(plain).filter((w) => w.length >= 4 && !FUNCTION_WORDS.has(w))));
  const postings = new Map<string, number[]>();
  keysOf.forEach((keys, r) => {
    for (const k of keys) { const list = postings.get(k); if (list) list.push(r); else postings.set(k, [r]); }
  });
  const out: [number, number][] = [];
  keysOf.forEach((keys, r) => {
    const count = new Map<number, number>();
    for (const k of keys) {
      const list = postings.get(k)!;
      if (list.length > MAX_POSTING) continue;
      for (const s of list) if (s > r) count.set(s, (count.get(s) ?? 0) + 1);
    }
    for (const [s, n] of count) {
      if (n >= MIN_SHARED || (n >= MIN_ALL_SHARED && n === Math.min(keys.size, keysOf[s].size))) out.push([r, s]);
    }
  });
  return out;
}
