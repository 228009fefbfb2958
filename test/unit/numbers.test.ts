import * as assert from 'assert';
import { extractFacts } from '../../src/core/extract/facts';
import { compatible } from '../../src/core/match/numbers';
import type { Claim } from '../../src/core/types';

const claims = (text: string) => extractFacts('a.txt', text).claims;
const one = (text: string) => {
  const list = claims(text).filter((c) => c.kind !== 'date' && c.kind !== 'year' && c.kind !== 'weekday');
  assert.strictEqual(list.length, 1, JSON.stringify(list));
  return list[0];
};

describe('numbers: figures and what they count', () => {
  const cases: [string, string, Partial<Claim>][] = [
    ['digits with a noun', 'Officials counted 14 civilian deaths.', { value: 14, kind: 'count', family: 'killed', measure: 'people', text: '14 civilian deaths' }],
    ['a verb before the figure', 'The blast killed 9 workers on the pier.', { value: 9, family: 'killed', measure: 'worker', text: 'killed 9 workers' }],
    ['number words', 'Rescuers found twenty-two survivors.', { value: 22, measure: 'survivor' }],
    ['thousands separators', 'About 4,500 residents left.', { value: 4500, low: 4050, high: 4950, measure: 'resident' }],
    ['at least', 'At least 12 people were arrested.', { value: 12, low: 12, high: Infinity, family: 'arrested', measure: 'people' }],
    ['nearly', 'Nearly 300 homes flooded.', { value: 300, low: 270, high: 300 }],
    ['money with a scale', 'The town set aside $3.5 million for repairs.', { kind: 'money', value: 3.5e6 }],
    ['an age written with a hyphen', 'The 61-year-old Brandt resigned.', { kind: 'age', value: 61, about: 'Brandt' }],
    ['a measure named before the figure', 'Officials put the death toll at 1,250 on Friday.', { value: 1250, family: 'killed', measure: 'people', text: 'toll at 1,250' }],
    ['a duration with its noun', 'The three-year dispute ended.', { kind: 'duration', value: 3, measure: 'year:dispute' }],
    ['a weekday after the noun is not what is counted', 'The storm injured eight people Thursday near the dam.', { value: 8, family: 'injured', measure: 'people', text: 'injured eight people' }],
    ['words for a big size count one kind', 'Divers raised two huge crates from the harbour.', { value: 2, measure: 'big crate' }],
    ['another big size word, the same kind', 'Divers raised five massive crates from the harbour.', { value: 5, measure: 'big crate' }],
    ['a size word that is not big stays', 'Divers raised five small crates from the harbour.', { value: 5, measure: 'small crate' }],
  ];
  for (const [label, text, want] of cases) {
    it(label, () => {
      const c = one(text);
      for (const [k, v] of Object.entries(want)) assert.deepStrictEqual((c as unknown as Record<string, unknown>)[k], v, `${k} of ${JSON.stringify(c)}`);
    });
  }

  it('reads dates and years apart from counts', () => {
    const kinds = claims('On Oct. 12, 2019, the dam opened.').map((c) => c.kind);
    assert.deepStrictEqual(kinds, ['date', 'year']);
  });

  it('ties an age opening a sentence to the person named just before, by full name', () => {
    const ages = claims('Judge Mara Oyelaran adjourned. The 58-year-old Oyelaran left early.').filter((c) => c.kind === 'age');
    assert.deepStrictEqual(ages.map((c) => c.about), ['Mara Oyelaran']);
  });

  // Each sentence and the figure that must not be read as a quantity.
  const skipped: [string, string, number][] = [
    ['a label after a capitalised word', 'The storm reached Category 4 overnight.', 4],
    ['a number word in a name', 'The story aired on Nine Network first.', 9],
    ['an increment', 'The firm will cut another 300 jobs.', 300],
    ['a part of a total', 'Ten people died, including two children.', 2],
    ['a figure broken down in its own sentence', 'Rebels fired 40 shells at the fort and 12 more were stopped.', 40],
    ['a figure followed by "another"', 'Guards seized 30 rifles, while another 8 were found later.', 30],
    ['a toll for one place', 'Four people died at the scene, officials said.', 4],
    ['a toll that includes the attacker', 'Five people died, including the gunman, police said.', 5],
  ];
  for (const [label, text, value] of skipped) {
    it(`skips ${label}`, () => assert.deepStrictEqual(claims(text).filter((c) => c.value === value), []));
  }

  it('narrows a named measure by the noun after the figure', () => {
    const c = one('The raid caused the deaths of two guards.');
    assert.deepStrictEqual([c.family, c.measure], ['killed', 'guard']);
  });

  it('does not key money that names no purpose ("paid $80")', () => {
    assert.deepStrictEqual(claims('The clerk paid $80 at the door.').filter((c) => c.kind === 'money'), []);
  });

  it('notes the time words around a figure', () => {
    assert.deepStrictEqual(one('Last month, guards arrested 40 people at the port.').when, ['last month']);
  });

  it('anchors a figure to the nearest of several times in its sentence', () => {
    const list = claims('This year 40 hikers were rescued, against last year, when only 9 hikers were rescued.').filter((c) => c.kind === 'count');
    assert.deepStrictEqual(list.map((c) => [c.value, c.when]), [[40, ['this year']], [9, ['last year']]]);
  });

  it('ties a surname-only age to the namesake the article names far more often', () => {
    const text = 'Rita Vance sued. Rita Vance won. Rita Vance smiled. Her son Otto Vance wept. Vance, 61, left.';
    assert.deepStrictEqual(claims(text).filter((c) => c.kind === 'age').map((c) => c.about), ['Rita Vance']);
  });

  it('leaves a surname-only age unbound when two namesakes are named as often', () => {
    const text = 'Rita Vance and her husband Otto Vance were honoured. Vance, 61, spoke first.';
    assert.deepStrictEqual(claims(text).filter((c) => c.kind === 'age').map((c) => c.about), [undefined]);
  });

  it('skips an age at an earlier time ("then 22")', () => {
    assert.deepStrictEqual(claims('Brandt, then 22, joined the crew.').filter((c) => c.kind === 'age'), []);
  });
});

describe('numbers: comparing figures', () => {
  const claim = (value: number, low = value, high = value): Claim => ({ path: 'a', start: 0, end: 1, text: '', kind: 'count', value, low, high, measure: 'm' });
  const cases: [string, Claim, Claim, boolean][] = [
    ['equal figures agree', claim(3), claim(3), true],
    ['"at least 29" and "30" agree', claim(29, 29, Infinity), claim(30), true],
    ['"nearly 260,000" and "258,000" agree', claim(260000, 234000, 260000), claim(258000), true],
    ['"32" and "36" conflict', claim(32), claim(36), false],
    ['"$26 million" rounds "$26.6 million"', claim(26e6), claim(26.6e6), true],
    ['"more than 80" and "20" conflict', claim(80, 80, Infinity), claim(20), false],
  ];
  for (const [label, a, b, want] of cases) it(label, () => assert.strictEqual(compatible(a, b), want));
});
