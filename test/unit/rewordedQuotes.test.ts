import * as assert from 'assert';
import { quoteWords } from '../../src/core/match/quotes';
import { rewordedCandidates } from '../../src/core/match/rewordedQuotes';

const plain = (w: string) => w;
const pairs = (...quotes: string[]) => rewordedCandidates(quotes.map(quoteWords), plain);

describe('reworded quotes: candidates through shared content words', () => {
  it('pairs two renderings that share three content words', () => {
    assert.deepStrictEqual(pairs('the pier wall will hold through winter', 'our pier wall must hold until winter ends'), [[0, 1]]);
  });

  it('does not pair renderings that share two content words, nor ones that share only short or grammar words', () => {
    assert.deepStrictEqual(pairs('the pier wall will give way soon', 'our pier wall must hold for now'), []);
    assert.deepStrictEqual(pairs('however it went, before and after, although it was late', 'although it rained before and after, however', 'we are not at all sure it is so', 'we are not at all certain it is so'), []);
  });

  it('pairs a short rendering with one that has every content word of it, two at least', () => {
    assert.deepStrictEqual(pairs('blame was on the council', 'we said that the blame rests squarely on the council tonight'), [[0, 1]]);
    assert.deepStrictEqual(pairs('it was on the council', 'we said that the blame rests squarely on the council tonight'), []);
  });

  it('ignores a word that most renderings of a large cluster share, so candidates stay few', () => {
    const quotes = (n: number) => Array.from({ length: n }, (_, i) => `storm ferry pier delay number${i}x`);
    // Up to the cap each word still counts: every pair shares three content words.
    assert.strictEqual(pairs(...quotes(32)).length, (32 * 31) / 2);
    // Past it the three words say nothing, and no pair is proposed.
    assert.deepStrictEqual(pairs(...quotes(33)), []);
  });
});
