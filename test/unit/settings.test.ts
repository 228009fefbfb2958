import * as assert from 'assert';
import { readSettings } from '../../src/settings';

const from = (values: Record<string, unknown>) => readSettings({ get: (k: string) => values[k] });

describe('settings', () => {
  it('uses the defaults when nothing is set', () => {
    assert.deepStrictEqual(from({}), {
      include: '**/*.article', exclude: '**/{node_modules,.git,dist,out}/**', maxFiles: 200, maxFileSizeKB: 1024, minQuoteWords: 5, houseStyle: false, followActiveEditor: true,
    });
  });

  const hostile: [string, Record<string, unknown>, Partial<ReturnType<typeof from>>][] = [
    ['a negative file limit is raised to 1', { maxFiles: -5 }, { maxFiles: 1 }],
    ['a huge file limit is capped', { maxFiles: 1e12 }, { maxFiles: 5000 }],
    ['a string where a number belongs falls back', { minQuoteWords: 'many' }, { minQuoteWords: 5 }],
    ['NaN and Infinity fall back', { maxFileSizeKB: NaN, minQuoteWords: Infinity }, { maxFileSizeKB: 1024, minQuoteWords: 5 }],
    ['fractions are rounded', { minQuoteWords: 6.6 }, { minQuoteWords: 7 }],
    ['an empty glob falls back', { include: '   ' }, { include: '**/*.article' }],
    ['a non-string glob falls back', { exclude: 42 }, { exclude: '**/{node_modules,.git,dist,out}/**' }],
    ['only true turns house style on', { houseStyle: 'yes' }, { houseStyle: false }],
    ['only false stops following the editor', { followActiveEditor: 0 }, { followActiveEditor: true }],
  ];
  for (const [label, values, want] of hostile) {
    it(label, () => {
      const got = from(values);
      for (const [k, v] of Object.entries(want)) assert.strictEqual(got[k as keyof typeof got], v, k);
    });
  }
});
