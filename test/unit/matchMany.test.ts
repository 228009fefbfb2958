import * as assert from 'assert';
import { match } from '../../src/core';
import type { ArticleFacts, Claim, PersonMention, Quote } from '../../src/core';
import { defaultOptions } from '../../src/core/types';

// Matching works from indexes (surname and given-name blocks, quote renderings and their four-word
// runs, figure groups); these invented facts for 300 articles check that what it finds among many
// repeats is what comparing every pair would find.
const STATEMENT = 'the pumps at the lower weir will run through the night';

function article(i: number): ArticleFacts {
  const path = `wire-${String(i).padStart(3, '0')}.txt`;
  const surname = i % 100 === 7 ? 'Okonkow' : 'Okonkwo';
  const person: PersonMention = { path, start: 0, end: 6 + surname.length, text: `Adaeze ${surname}`, tokens: ['Adaeze', surname], evidence: true };
  const words = i % 75 === 3 ? STATEMENT.replace('lower', 'upper') : STATEMENT;
  const quote: Quote = { path, start: 40, end: 40 + words.length, text: words, speaker: i % 150 === 11 ? 'the ministry' : surname };
  const deaths = i % 60 === 5 ? 19 : 17;
  const claim: Claim = { path, start: 100, end: 120, text: `killed ${deaths} people`, kind: 'count', value: deaths, low: deaths, high: deaths, measure: 'people', family: 'killed' };
  return { path, title: 'Weir', people: [person], quotes: [quote], claims: [claim] };
}

describe('matching many articles', () => {
  const facts = Array.from({ length: 300 }, (_, i) => article(i));
  const result = match(facts, defaultOptions);
  const of = (kind: string, re: RegExp) => result.conflicts.filter((c) => c.kind === kind && re.test(c.message));

  it('finds the three misspellings among 300 mentions of one name', () => {
    const [c, ...rest] = of('person', /spelled/);
    assert.deepStrictEqual(rest, []);
    const typos = c.occurrences.filter((o) => o.text === 'Adaeze Okonkow').map((o) => o.path);
    assert.deepStrictEqual(typos, ['wire-007.txt', 'wire-107.txt', 'wire-207.txt']);
    assert.strictEqual(c.occurrences.length, 300);
  });

  it('reports the reworded and re-credited statement as one conflict, counting every disagreeing pair', () => {
    const [c, ...rest] = of('quote', /./);
    assert.deepStrictEqual(rest, []);
    assert.match(c.message, /quoted differently: "lower" vs "upper"/i);
    // 4 reworded quotes against 296 others, and 2 credited to the ministry against the 294 originals
    // credited to Okonkwo: 1,772 pairs, one named and the rest counted.
    assert.match(c.message, /\(\+1771 more\)$/);
    assert.strictEqual(c.occurrences.length, 300);
    assert.deepStrictEqual(c.occurrences.filter((o) => o.speaker === 'the ministry').map((o) => o.path), ['wire-011.txt', 'wire-161.txt']);
  });

  it('reports the five articles with a different toll against the rest', () => {
    const [c] = of('number', /Figures disagree/);
    assert.strictEqual(c.occurrences.length, 300);
    assert.match(c.message, /"killed 17 people" vs "killed 19 people"|"killed 19 people" vs "killed 17 people"/);
  });
});
