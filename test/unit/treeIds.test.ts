import * as assert from 'assert';
import { uniqueIds } from '../../src/editor/treeIds';

describe('tree node ids', () => {
  it('keep the first use of an id as it is and number the repeats from 2', () => {
    const unique = uniqueIds();
    assert.deepStrictEqual(['person:Ada Rowe', 'person:Ada Rowe', 'person:Bo Lund', 'person:Ada Rowe'].map(unique), ['person:Ada Rowe', 'person:Ada Rowe#2', 'person:Bo Lund', 'person:Ada Rowe#3']);
  });

  it('never give an id that an earlier node already has, even one that looks numbered', () => {
    const unique = uniqueIds();
    const ids = ['x#2', 'x', 'x'].map(unique);
    assert.strictEqual(new Set(ids).size, 3, ids.join(', '));
  });

  it('start afresh for each build, so a node keeps its id across re-analyses', () => {
    assert.strictEqual(uniqueIds()('conflict:a'), uniqueIds()('conflict:a'));
  });
});
