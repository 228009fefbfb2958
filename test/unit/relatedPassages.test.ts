import * as assert from 'assert';
import type { Conflict, Occurrence } from '../../src/core/types';
import { relatedPassages } from '../../src/editor/relatedPassages';

/** A figure conflict with one passage per article, each giving `versions[j]`; counts how often a passage's text is read. */
function conflict(versions: readonly string[]): { c: Conflict; reads: () => number } {
  let reads = 0;
  const occurrences = versions.map((v, j): Occurrence => ({
    path: `article-${j}.txt`, start: 0, end: v.length,
    get text() { reads++; return v; },
  }));
  return { c: { kind: 'number', rule: 'figure-mismatch', severity: 'warning', message: 'Figures differ', occurrences }, reads: () => reads };
}

/** The definition, written as plainly as possible: the first three passages of each other version. */
function expected(versions: readonly string[], i: number): number[] {
  if (versions.length <= 21) return versions.map((_, j) => j).filter((j) => j !== i);
  const shown = new Map<string, number>();
  return versions.flatMap((v, j) => {
    if (v === versions[i] || (shown.get(v) ?? 0) >= 3) return [];
    shown.set(v, (shown.get(v) ?? 0) + 1);
    return [j];
  });
}

describe('related passages of a diagnostic', () => {
  it('lists every other passage of a small conflict', () => {
    const versions = ['12 hurt', '15 hurt', '12 hurt'];
    const pick = relatedPassages(conflict(versions).c);
    assert.deepStrictEqual([0, 1, 2].map(pick), [[1, 2], [0, 2], [0, 1]]);
  });

  it('lists the first three passages of each other version once a conflict spans many articles', () => {
    // 300 articles, four versions, in an order that is not grouped by version.
    const versions = Array.from({ length: 300 }, (_, j) => `${[12, 15, 12, 40, 12, 9][j % 6]} hurt`);
    const pick = relatedPassages(conflict(versions).c);
    for (let i = 0; i < versions.length; i++) assert.deepStrictEqual(pick(i), expected(versions, i), `passage ${i}`);
    // "15 hurt" at 1, 7, 13; "40 hurt" at 3, 9, 15; "9 hurt" at 5, 11, 17.
    assert.deepStrictEqual(pick(0), [1, 3, 5, 7, 9, 11, 13, 15, 17]);
  });

  it('reads each passage a fixed number of times however many passages there are, not once per pair', () => {
    for (const n of [100, 400]) {
      const { c, reads } = conflict(Array.from({ length: n }, (_, j) => `${j % 3} hurt`));
      const pick = relatedPassages(c);
      for (let i = 0; i < n; i++) pick(i);
      assert.ok(reads() <= n, `${reads()} reads for ${n} passages`);
    }
  });
});
