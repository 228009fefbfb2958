// Which other passages a diagnostic lists as related information. No vscode import: unit-tested.
import type { Conflict } from '../core/types';

/** Up to this many other passages, every one is listed as related information. */
const ALL_RELATED = 20;
/** Beyond that (a conflict across many articles), this many passages of each other version. */
const PER_VERSION = 3;

/**
 * For each occurrence of a conflict, the indexes of the passages to list beside it: every other
 * passage of a small conflict; for one across hundreds of articles, the first few passages of each
 * other version (what is written elsewhere, and where), which is what the reader needs and keeps what
 * VS Code must send to the window small. The versions are indexed once per conflict and the list is
 * shared by every occurrence of a version, so a conflict of n passages costs linear time in n, not
 * a scan of all n for each.
 */
export function relatedPassages(c: Conflict): (i: number) => readonly number[] {
  const n = c.occurrences.length;
  if (n - 1 <= ALL_RELATED) return (i) => [...Array(n).keys()].filter((j) => j !== i);
  const versions = c.occurrences.map((o) => `${o.text}\u0000${o.speaker ?? ''}`);
  // The first passages of each version, in passage order.
  const counts = new Map<string, number>();
  const firsts: number[] = [];
  versions.forEach((v, j) => {
    const seen = counts.get(v) ?? 0;
    if (seen < PER_VERSION) firsts.push(j);
    counts.set(v, seen + 1);
  });
  const byVersion = new Map<string, number[]>();
  return (i) => {
    const own = versions[i];
    let list = byVersion.get(own);
    if (!list) byVersion.set(own, (list = firsts.filter((j) => versions[j] !== own)));
    return list;
  };
}
