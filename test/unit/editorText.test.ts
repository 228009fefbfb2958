import * as assert from 'assert';
import * as fs from 'fs';
import type { Conflict, Occurrence } from '../../src/core/types';
import { figureIn, fixesFor } from '../../src/editor/fixes';
import { occurrenceMessage, where } from '../../src/editor/messages';
import { RULES, ruleHeadingLines, severityOf } from '../../src/editor/rules';
import { wordingChangesFrom } from '../../src/editor/wordings';

// Invented conflicts over three invented articles a, b and c.
const label = (p: string) => `${p}.article`;
const at = (path: string, start: number, text: string, extra: Partial<Occurrence> = {}): Occurrence => ({ path, start, end: start + text.length, text, ...extra });

const NAME: Conflict = {
  kind: 'person', rule: 'name-typo', severity: 'warning', subject: 'Halvard Quist', message: 'engine message',
  occurrences: [at('a', 0, 'Halvard Quist'), at('b', 0, 'Halvard Quist'), at('c', 0, 'Halvard Qusit', { rule: 'name-typo' }), at('c', 40, 'Qusit', { rule: 'name-typo' })],
};
const QUOTE: Conflict = {
  kind: 'quote', rule: 'quote-wording', severity: 'warning', subject: 'Oda Lindqvist', message: 'engine message',
  occurrences: [
    at('a', 10, 'The eastern trail stays shut until the ice has gone', { speaker: 'Oda Lindqvist' }),
    at('b', 10, 'The eastern path stays shut until the ice has gone', { speaker: 'Oda Lindqvist' }),
  ],
};
const CREDIT: Conflict = {
  kind: 'quote', rule: 'quote-speaker', severity: 'warning', message: 'engine message',
  occurrences: [at('a', 5, 'Nobody should drive to the coast tonight', { speaker: 'Oda Lindqvist' }), at('b', 5, 'Nobody should drive to the coast tonight', { speaker: 'Bram Ostrander' })],
};
const FIGURE: Conflict = {
  kind: 'number', rule: 'figure-mismatch', severity: 'warning', subject: 'sank boats', message: 'engine message',
  occurrences: [at('a', 20, 'sank 11 boats'), at('b', 30, 'Fourteen boats sank')],
};

const MIXUP: Conflict = {
  kind: 'person', rule: 'name-mixup', severity: 'warning', subject: 'Tobias Rendell', message: 'engine message',
  occurrences: [at('a', 0, 'Tobias Rendell'), at('b', 0, 'Tobias Martin Rendell'), at('b', 60, 'Martins', { rule: 'name-mixup' }), at('b', 90, 'Martins', { rule: 'name-mixup' })],
};

const OFFICE: Conflict = {
  kind: 'person', rule: 'title-mismatch', severity: 'warning', subject: 'Tomasz Brel', message: 'engine message',
  occurrences: [at('a', 0, 'Tomasz Brel', { title: 'foreign minister' }), at('b', 0, 'Tomasz Brel', { title: 'prime minister' }), at('c', 0, 'Tomasz Brel', { title: 'prime minister' })],
};

const FAMILY: Conflict = {
  kind: 'person', rule: 'name-family', severity: 'warning', subject: 'Rossiter', message: 'engine message',
  occurrences: [at('a', 0, 'Petra Rosister', { rule: 'name-family' }), at('a', 50, 'Mary Rossiter'), at('a', 90, 'Rossiter'), at('a', 130, 'Rossiter')],
};

const ROLE: Conflict = {
  kind: 'person', rule: 'role-mismatch', severity: 'warning', subject: 'Ines Valcourt', message: 'engine message',
  occurrences: [at('a', 0, 'Ines Valcourt', { title: 'senior study author' }), at('b', 0, 'Ines Valcourt', { title: 'lead author' })],
};

describe('diagnostic messages', () => {
  const cases: [string, Conflict, number, string][] = [
    ['a misspelt name says what the other articles write', NAME, 2, "Spelled 'Halvard Qusit' here; 'Halvard Quist' in 2 other articles (likely typo)"],
    ['the majority spelling names the article with the typo and the rule', NAME, 0, "Spelled 'Halvard Quist' here; 'Halvard Qusit' in c.article (likely typo)"],
    ['a surname alone is not set against its own full name', NAME, 3, "Spelled 'Qusit' here; 'Halvard Quist' in 2 other articles (likely typo)"],
    ['a reworded quote gives the words on each side', QUOTE, 0, "Oda Lindqvist quoted differently: 'trail' here, 'path' in b.article"],
    ['a quote credited elsewhere names both speakers', CREDIT, 1, 'Credited to Bram Ostrander here; to Oda Lindqvist in a.article'],
    ['a person given another office elsewhere names it', OFFICE, 0, "Called 'foreign minister' here; 'prime minister' in 2 other articles (different office)"],
    ['a wrong name says which middle name it slips on and what the others write', MIXUP, 2, "Called 'Martins' here; a slip on the middle name in 'Tobias Martin Rendell' elsewhere here; 'Tobias Rendell' in a.article (called by another name)"],
    ['the right name points at the wrong one', MIXUP, 0, "Also called 'Martins' in b.article (called by another name)"],
    ['a family name spelled once another way says how the article writes it', FAMILY, 0, "Family name spelled 'Rosister' here; 'Rossiter' 3 times elsewhere in this article, as in 'Mary Rossiter' (family name spelled two ways)"],
    ['the family\'s spelling points at the odd one', FAMILY, 2, "Family name spelled 'Rosister' in 'Petra Rosister' elsewhere in this article (family name spelled two ways)"],
    ['a person given the other side of a role elsewhere names it', ROLE, 1, "Called 'lead author' here; 'senior study author' in a.article (different role)"],
    ['a figure gives the other figure and its article', FIGURE, 1, "Figure for sank boats differs: 'Fourteen boats sank' here; 'sank 11 boats' in a.article"],
  ];
  for (const [name, c, i, want] of cases) it(name, () => assert.strictEqual(occurrenceMessage(c, c.occurrences[i], label), want));

  it('says where a version is written, seen from this article', () => {
    assert.strictEqual(where(['b'], 'a', label), 'in b.article');
    assert.strictEqual(where(['b', 'c', 'b'], 'a', label), 'in 2 other articles');
    assert.strictEqual(where(['a'], 'a', label), 'elsewhere in this article');
    assert.strictEqual(where(['a', 'b'], 'a', label), 'elsewhere here and in b.article');
  });
});

describe('rules', () => {
  it('warn on typos, spacings, given names, mix-ups, family names, offices, roles, quotes and figures, inform on transliterations, hint on house style', () => {
    assert.deepStrictEqual(Object.fromEntries(Object.entries(RULES).map(([id, r]) => [id, r.severity])), {
      'name-typo': 'warning', 'name-case': 'warning', 'name-spacing': 'warning', 'name-given': 'warning', 'name-transliteration': 'information', 'name-style': 'hint', 'name-mixup': 'warning', 'name-family': 'warning', 'title-mismatch': 'warning', 'role-mismatch': 'warning',
      'quote-wording': 'warning', 'quote-speaker': 'warning', 'figure-mismatch': 'warning',
    });
  });

  it('let a setting override the severity or turn it off', () => {
    assert.strictEqual(severityOf('name-transliteration', 'default'), 'information');
    assert.strictEqual(severityOf('name-transliteration', 'error'), 'error');
    assert.strictEqual(severityOf('quote-wording', 'off'), undefined);
  });

  it('each have a heading in the README', () => {
    const lines = ruleHeadingLines(fs.readFileSync('README.md', 'utf8'));
    assert.deepStrictEqual([...lines.keys()].sort(), Object.keys(RULES).sort());
  });
});

describe('quick fixes', () => {
  it('offer the majority spelling with the number of articles using it, for the misspelt mentions only', () => {
    assert.deepStrictEqual(fixesFor(NAME, NAME.occurrences[2], label).map((f) => [f.title, f.text, f.preferred]), [["Use 'Halvard Quist' (as in 2 articles)", 'Halvard Quist', true]]);
    assert.deepStrictEqual(fixesFor(NAME, NAME.occurrences[3], label).map((f) => [f.title, f.text]), [["Use 'Quist' (as in 2 articles)", 'Quist']]);
    assert.deepStrictEqual(fixesFor(NAME, NAME.occurrences[0], label), []);
    assert.deepStrictEqual(fixesFor(OFFICE, OFFICE.occurrences[0], label), []);
    assert.deepStrictEqual(fixesFor(ROLE, ROLE.occurrences[0], label), []);
  });

  it('write the family\'s spelling into the odd person\'s own name', () => {
    assert.deepStrictEqual(fixesFor(FAMILY, FAMILY.occurrences[0], label).map((f) => [f.title, f.start, f.end, f.text, f.preferred]), [["Use 'Petra Rossiter' (the family name as written 3 times here)", 0, 14, 'Petra Rossiter', true]]);
    assert.deepStrictEqual(fixesFor(FAMILY, FAMILY.occurrences[1], label), []);
  });

  it('offer the other article\'s wording over the whole quote', () => {
    const [f] = fixesFor(QUOTE, QUOTE.occurrences[0], label);
    assert.deepStrictEqual(f, { title: 'Use the wording from b.article', start: 10, end: 61, text: QUOTE.occurrences[1].text, preferred: false });
    assert.deepStrictEqual(fixesFor(CREDIT, CREDIT.occurrences[0], label), []);
  });

  it('replace only the figure, keeping a capital at the start of a sentence', () => {
    const [toB] = fixesFor(FIGURE, FIGURE.occurrences[0], label);
    assert.deepStrictEqual([toB.title, toB.start, toB.end, toB.text], ["Use the figure from b.article ('Fourteen')", 25, 27, 'fourteen']);
    const [toA] = fixesFor(FIGURE, FIGURE.occurrences[1], label);
    assert.deepStrictEqual([toA.start, toA.end, toA.text], [30, 38, '11']);
  });

  it('replace a time, a distance or a multiplier whole, unit and all', () => {
    const TIME: Conflict = { kind: 'number', rule: 'figure-mismatch', severity: 'warning', subject: 'time of day (left)', message: 'engine message', occurrences: [at('a', 5, '9:15 p.m.'), at('b', 7, '8:50 p.m.')] };
    assert.deepStrictEqual(fixesFor(TIME, TIME.occurrences[0], label).map((f) => [f.title, f.start, f.end, f.text]), [["Use the figure from b.article ('8:50 p.m.')", 5, 14, '8:50 p.m.']]);
    const DISTANCE: Conflict = { kind: 'number', rule: 'figure-mismatch', severity: 'warning', subject: 'distance (drifted)', message: 'engine message', occurrences: [at('a', 0, 'Forty miles'), at('b', 3, '52 kilometres')] };
    assert.deepStrictEqual(fixesFor(DISTANCE, DISTANCE.occurrences[1], label).map((f) => f.text), ['forty miles']);
    assert.deepStrictEqual(fixesFor(DISTANCE, DISTANCE.occurrences[0], label).map((f) => f.text), ['52 kilometres']);
    const TIMES: Conflict = { kind: 'number', rule: 'figure-mismatch', severity: 'warning', subject: 'times faster', message: 'engine message', occurrences: [at('a', 0, 'six times faster'), at('b', 0, 'nine times faster')] };
    assert.deepStrictEqual(fixesFor(TIMES, TIMES.occurrences[0], label).map((f) => [f.start, f.end, f.text]), [[0, 16, 'nine times faster']]);
  });

  it('replace a date whole, only with a date of the same shape that keeps any year, never with a weekday', () => {
    const DATES: Conflict = {
      kind: 'number', rule: 'figure-mismatch', severity: 'warning', subject: 'date', message: 'engine message',
      occurrences: [at('a', 10, 'Oct. 30'), at('b', 10, 'Nov. 2'), at('c', 10, 'November'), at('d', 10, 'Saturday'), at('e', 10, 'Nov. 2, 2019'), at('f', 10, 'October 2019')],
    };
    const fixes = (i: number) => fixesFor(DATES, DATES.occurrences[i], label).map((f) => [f.title, f.start, f.end, f.text]);
    assert.deepStrictEqual(fixes(0), [["Use the date from b.article ('Nov. 2')", 10, 17, 'Nov. 2'], ["Use the date from e.article ('Nov. 2, 2019')", 10, 17, 'Nov. 2, 2019']]);
    assert.deepStrictEqual(fixes(2).map((f) => f[3]), ['October 2019']);
    assert.deepStrictEqual(fixes(3), []);
    assert.deepStrictEqual(fixes(4), []);
  });

  const figures: [string, string | undefined][] = [
    ['nine deaths', 'nine'], ['killed 1,200 people', '1,200'], ['$26 million in damage', '$26 million'],
    ['twenty-one wounded', 'twenty-one'], ['none of them', undefined], ['someone', undefined],
    ['the 73-year-old driver', '73'], ['a four-year closure', 'four'], ['up 12% on the year', '12%'],
    ['€3.5 billion in loans', '€3.5 billion'], ['Seventeen ferries', 'Seventeen'], ['fell 2,500 feet', '2,500'],
  ];
  for (const [text, want] of figures) it(`finds the figure in "${text}"`, () => assert.strictEqual(figureIn(text)?.text, want));
});

describe('another wording of a quote', () => {
  const changesTo = wordingChangesFrom('The eastern trail stays shut until the ice has gone');

  it('disagrees with the words that changed, here and there', () => {
    assert.deepStrictEqual(changesTo('The eastern path stays shut until the ice has gone'), [['trail', 'path']]);
  });

  it('disagrees with a rewording that shares no run of four words', () => {
    assert.deepStrictEqual(changesTo('The east trail is shut until the ice has melted')?.length, 3);
  });

  it('disagrees with a shorter rendering that lines up end to end inside it, and the other way round', () => {
    assert.deepStrictEqual(changesTo('trail was shut until'), [['stays', 'was']]);
    assert.deepStrictEqual(wordingChangesFrom('trail was shut until')('The eastern trail stays shut until the ice has gone'), [['was', 'stays']]);
  });

  it('does not disagree when it is the same words, an excerpt, or another utterance', () => {
    assert.strictEqual(changesTo('the eastern trail stays shut until the ice has gone.'), undefined);
    assert.strictEqual(changesTo('The eastern trail stays shut'), undefined);
    assert.strictEqual(changesTo('Ferries to the islands run again from Monday'), undefined);
  });
});
