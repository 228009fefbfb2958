import * as assert from 'assert';
import { analyze } from '../../src/core/analyze';
import { extractFacts } from '../../src/core/extract/facts';
import { lemma } from '../../src/core/model/verbs';
import type { Claim } from '../../src/core/types';

const NEW_KINDS = new Set(['measure', 'multiplier', 'ordinal', 'time']);
const quantities = (text: string) => extractFacts('a.txt', text).claims.filter((c) => NEW_KINDS.has(c.kind));
const one = (text: string) => {
  const list = quantities(text);
  assert.strictEqual(list.length, 1, JSON.stringify(list));
  return list[0];
};
const figureConflicts = (...texts: string[]) =>
  analyze(texts.map((text, i) => ({ path: `${i}.txt`, text }))).conflicts.filter((c) => c.kind === 'number');

describe('quantities: measurements, multipliers, ordinals and times as frames', () => {
  const cases: [string, string, Partial<Claim>][] = [
    ['a distance in miles, with its predicate', 'The barge drifted 40 miles down the coast.', { kind: 'measure', measure: 'length', predicate: 'drift', text: '40 miles' }],
    ['a distance with a scale', 'The comet will pass within 2.4 million miles of the planet.', { kind: 'measure', measure: 'length', predicate: 'pass', text: '2.4 million miles' }],
    ['a speed, its verb after a comma', 'The front stalled overnight, moving east at 9 mph by dawn.', { kind: 'measure', measure: 'speed', predicate: 'mov', text: '9 mph' }],
    ['miles per hour is a speed', 'The convoy sped along at 50 miles per hour.', { measure: 'speed', text: '50 miles per hour' }],
    ['a weight', 'The stolen statue weighs 180 pounds.', { kind: 'measure', measure: 'mass', predicate: 'weigh' }],
    ['a multiplier keeps its comparative', 'The new engine is about six times faster than the old one.', { kind: 'multiplier', value: 6, measure: 'times faster', text: 'six times faster' }],
    ['an ordinal of a day', 'Divers went back as the hunt entered its fourth day.', { kind: 'ordinal', value: 4, measure: 'ordinal day', text: 'fourth day' }],
    ['a time of day with its predicate', 'The van left the depot about 9:15 p.m. on the night.', { kind: 'time', value: 21 * 60 + 15, low: 21 * 60 + 11, high: 21 * 60 + 19, predicate: 'leave', text: '9:15 p.m.' }],
    ['a time of day before its verb', 'Around 6:40 a.m., a tanker struck the pier.', { kind: 'time', value: 6 * 60 + 40, predicate: 'strike' }],
  ];
  for (const [label, text, want] of cases) {
    it(label, () => {
      const c = one(text);
      for (const [k, v] of Object.entries(want)) assert.deepStrictEqual((c as unknown as Record<string, unknown>)[k], v, `${k} of ${JSON.stringify(c)}`);
    });
  }

  const none: [string, string][] = [
    ['the upper end of a range', 'Gusts of 40 to 60 mph are expected.'],
    ['a compound height', 'The boy is 4 feet 8 inches tall.'],
    ['an ordinal of something other than a stretch of time', 'She won the third prize in the contest.'],
    ['a time that bounds a period', 'The road stays shut until 6 p.m. on the day.'],
    ['money in pounds', 'The club paid 12 million pounds for the striker.'],
  ];
  for (const [label, text] of none) it(`reads no quantity in ${label}`, () => assert.deepStrictEqual(quantities(text), []));

  it('a round figure stands for what rounds to it; a precise one does not', () => {
    const [four] = quantities('The probe will orbit within 4 million miles of the star.');
    const [near] = quantities('The probe will orbit within 3.7 million miles of the star.');
    assert.ok(four.low <= near.value && near.value <= four.high);
    assert.ok(near.high < 3.9e6 * 1609.344);
  });

  const lemmas: [string, string][] = [['traveling', 'travel'], ['travels', 'travel'], ['traveled', 'travel'], ['fled', 'flee'], ['flee', 'flee'], ['dropped', 'drop'], ['carries', 'carry']];
  for (const [w, l] of lemmas) it(`lemma of "${w}" is "${l}"`, () => assert.strictEqual(lemma(w), l));
});

describe('frames: aligned by their parts, compared only when aligned', () => {
  it('reports two speeds for one predicate', () => {
    const [c] = figureConflicts('The barge was drifting at 6 mph past the port.', 'Officials said the barge was drifting north at 9 mph.');
    assert.ok(c, 'a conflict');
    assert.deepStrictEqual(c.occurrences.map((o) => o.text), ['6 mph', '9 mph']);
    assert.strictEqual(c.subject, 'speed (drifting)');
  });

  it('converts units before comparing', () => {
    assert.deepStrictEqual(figureConflicts('The ferry sailed 10 miles out.', 'The ferry sailed 16 kilometres out.'), []);
    assert.strictEqual(figureConflicts('The ferry sailed 10 miles out.', 'The ferry sailed 30 kilometres out.').length, 1);
  });

  it('does not compare quantities of different predicates', () => {
    assert.deepStrictEqual(figureConflicts('The truck fled at 4:20 a.m. from the lot.', 'The guard arrived at 4:50 a.m. at the lot.'), []);
  });

  it('hedged times a few minutes apart agree only within the hedge', () => {
    assert.deepStrictEqual(figureConflicts('The truck fled the lot about 4:20 a.m.', 'The truck fled the lot around 4:22 a.m.'), []);
    assert.strictEqual(figureConflicts('The truck fled the lot about 4:20 a.m.', 'The truck fled the lot about 4:40 a.m.').length, 1);
  });

  it('an article that gives one frame two values states two facts and is not aligned', () => {
    const conflicts = figureConflicts('The storm crossed at 8 mph on one coast. Later it crossed at 15 mph inland.', 'The storm crossed at 20 mph.');
    assert.deepStrictEqual(conflicts, []);
  });

  it('different time anchors are different facts', () => {
    assert.deepStrictEqual(figureConflicts('On Monday the barge was drifting at 6 mph.', 'On Tuesday the barge was drifting at 9 mph.'), []);
  });

  it('a weekday after "p.m." still anchors the time: the abbreviation does not end the sentence', () => {
    const dated = 'HOLMFIRTH, May 4, 2026 - The tanker struck the pier at 9:15 p.m. on Tuesday, the port said.';
    assert.strictEqual(figureConflicts(dated, 'The tanker struck the pier at 8:40 p.m. on Tuesday.').length, 1);
    assert.deepStrictEqual(figureConflicts(dated, 'The tanker struck the pier at 8:40 p.m. on Monday.'), []);
  });

  it('multipliers and ordinals align by their word', () => {
    assert.strictEqual(figureConflicts('The probe flies seven times closer than any before.', 'The probe flies about nine times closer than others.').length, 1);
    assert.strictEqual(figureConflicts('Crews said it was the fifth day of the hunt.', 'The hunt entered its third day with no result.').length, 1);
    assert.deepStrictEqual(figureConflicts('The probe flies seven times closer than any before.', 'The probe is nine times faster than others.'), []);
  });

  it('a count inside a phrase of place lines up only with counts in the same relation', () => {
    assert.deepStrictEqual(figureConflicts('Six trucks were damaged in the crash that followed.', 'The gang drove off in two trucks after the raid.'), []);
  });
});

describe('frames: counts by predicate family and head noun', () => {
  const count = (text: string, value: number) => {
    const c = extractFacts('a.txt', text).claims.find((x) => x.kind === 'count' && x.value === value);
    assert.ok(c, `a count of ${value} in ${text}`);
    return c;
  };
  // The family is found before the figure, in its noun, after it, or after an aside that breaks it down.
  const families: [string, string, number, string | undefined, string][] = [
    ['a verb before', 'The flood killed 12 farmers upstream.', 12, 'killed', 'farmer'],
    ['the noun itself', 'Medics reported 12 deaths overnight.', 12, 'killed', 'people'],
    ['a passive verb after', 'At least 12 climbers were injured on the ridge.', 12, 'injured', 'climber'],
    ['a verb after an aside in dashes', 'Rangers said 31 hikers - nine guides and 22 tourists - had been detained at the border.', 31, 'arrested', 'hiker'],
    ['a verb after an aside of parts', 'Rangers said 31 hikers, including nine guides, had been detained at the border.', 31, 'arrested', 'hiker'],
    ['no verb of a family', 'Rangers said 31 hikers, including nine guides, had crossed the border.', 31, undefined, 'hiker'],
    ['a group named by a qualifier', 'The blast caused two Dutch fatalities near the gate.', 2, 'killed', 'dutch'],
    ['no group: a generic noun counts people', 'The blast caused two fatalities near the gate.', 2, 'killed', 'people'],
    ['a figure opening a sentence before a capitalised group', 'Rain fell all day. Three Dutch climbers were injured on the ridge.', 3, 'injured', 'climber'],
    ['a plural group in -is', 'The blast killed four Omanis near the gate.', 4, 'killed', 'omani'],
  ];
  for (const [label, text, value, family, measure] of families) {
    it(`finds the family through ${label}`, () => {
      const c = count(text, value);
      assert.deepStrictEqual([c.family, c.measure], [family, measure]);
    });
  }

  it('a toll given after an aside conflicts with another article\'s toll', () => {
    const [c, ...rest] = figureConflicts('Officials said 31 hikers - nine guides and 22 tourists - had been detained on Friday.', 'Police detained 25 hikers on Friday, officials said.');
    assert.deepStrictEqual(rest, []);
    assert.deepStrictEqual(c.occurrences.map((o) => o.text), ['31 hikers', 'detained 25 hikers']);
    assert.strictEqual(c.subject, 'arrested hiker');
  });

  it('a group counted by its qualifier lines up with the group counted by name', () => {
    assert.strictEqual(figureConflicts('The blast caused two Omani fatalities near the gate.', 'The blast killed five Omanis near the gate.').length, 1);
  });

  it('a capitalised number word inside a sentence is still a name, not a count', () => {
    assert.deepStrictEqual(extractFacts('a.txt', 'The match aired on Seven Network first.').claims.filter((c) => c.kind === 'count'), []);
  });

  it('a toll of one group does not line up with the toll of everyone', () => {
    assert.deepStrictEqual(figureConflicts('The blast caused two Dutch fatalities near the gate.', 'The blast killed nine people near the gate.'), []);
  });
});

describe('frames: durations and ages', () => {
  it('names a duration frame by its unit and noun', () => {
    const [c, ...rest] = figureConflicts('The three-year dispute ended on the pier.', 'The five-year dispute ended on the pier.');
    assert.deepStrictEqual(rest, []);
    assert.strictEqual(c.subject, 'year dispute');
  });

  it('compares the ages of one person, named by the person', () => {
    const [c] = figureConflicts('Judge Mara Oyelaran, 58, adjourned the case.', 'The 61-year-old Mara Oyelaran adjourned the case.');
    assert.ok(c, 'a conflict');
    assert.match(c.subject ?? '', /^the age of Mara Oyelaran$/);
  });
});
