import * as assert from 'assert';
import { analyze } from '../../src/core/analyze';
import { extractDates } from '../../src/core/extract/dates';
import { calendar, FullDate } from '../../src/core/match/weekdays';
import { sentenceBounds } from '../../src/core/text';
import type { Calendar } from '../../src/core/match/weekdays';

const dates = (text: string) => extractDates('a.txt', text).filter((c) => c.kind === 'date').map((c) => ({ text: c.text, year: c.date!.year, month: c.date!.month, day: c.date!.day }));
const weekdays = (text: string) => extractDates('a.txt', text).filter((c) => c.kind === 'weekday').map((c) => ({ text: c.text, start: c.start, day: c.weekday!.day }));
const dateConflicts = (...texts: string[]) =>
  analyze(texts.map((text, i) => ({ path: `${i + 1}.txt`, text }))).conflicts.filter((c) => c.subject === 'date');

describe('dates', () => {
  const read: [string, string, ReturnType<typeof dates>][] = [
    ['reads a month and day', 'The dam opened on Oct. 12 after repairs.', [{ text: 'Oct. 12', year: undefined, month: 10, day: 12 }]],
    ['reads a month, day and year', 'The dam opened on March 3, 2019, after repairs.', [{ text: 'March 3, 2019', year: 2019, month: 3, day: 3 }]],
    ['reads a day before the month', 'The dam opened on 3 March 2019 after repairs.', [{ text: '3 March 2019', year: 2019, month: 3, day: 3 }]],
    ['reads a month and year', 'She became mayor in June 2016 after a recount.', [{ text: 'June 2016', year: 2016, month: 6, day: undefined }]],
    ['reads a month after "in"', 'She became mayor in June after a recount.', [{ text: 'June', year: undefined, month: 6, day: undefined }]],
    ['"May" as a verb is not a date', 'Officials May be asked to testify, and they may refuse.', []],
    ['a month without a preposition is not a date', 'April Fenwick chaired the panel.', []],
    ['a cut-off is not the date of an event', 'Through July, 40 cases were confirmed; as of Aug. 3 there were 52.', []],
    ['the ends of a range are not event dates', 'Cases rose from May 2 to June 9, and during Aug. 1-Aug. 20.', []],
    ['a caption dates the picture', 'In this Aug. 15, 2014 file photo, the mayor waves.', []],
    ['an impossible day is not a date', 'The report was filed on Feb. 30 by mistake.', []],
  ];
  for (const [label, text, want] of read) it(label, () => assert.deepStrictEqual(dates(text), want));

  it('keeps the words of the sentence, not the next one, past an abbreviated month', () => {
    const [d] = extractDates('a.txt', 'Mayor Lina Okafor resigned on Oct. 30 amid a budget row. Weather was mild.');
    assert.ok(d.date!.words.includes('okafor') && d.date!.words.includes('budget'), JSON.stringify(d.date));
    assert.ok(!d.date!.words.includes('weather'), JSON.stringify(d.date));
    assert.deepStrictEqual(d.date!.names, ['mayor', 'lina', 'okafor']);
  });

  it('finds sentence bounds across abbreviations and initials', () => {
    const text = 'First one. Then Mr. J. Roe of the U.S. Navy left on Oct. 3 quietly. Last one.';
    const { start, end } = sentenceBounds(text, text.indexOf('Navy'));
    assert.strictEqual(text.slice(start, end).trim(), 'Then Mr. J. Roe of the U.S. Navy left on Oct. 3 quietly.');
  });

  it('reports one event dated a day apart by two articles', () => {
    const found = dateConflicts(
      'Council member Lina Okafor resigned from the Dunmore housing board on Oct. 30, citing the budget row.',
      'Lina Okafor resigned from the Dunmore housing board on Oct. 29 over the budget row, aides said.',
    );
    assert.deepStrictEqual(found.map((c) => c.occurrences.map((o) => o.text)), [['Oct. 30', 'Oct. 29']]);
  });

  it('reports a month that disagrees, with the year given in one article only', () => {
    const found = dateConflicts(
      'Okafor was appointed Dunmore harbour master in May 2015 after a long career at the Pellham port authority.',
      'Okafor, appointed in April to run the Dunmore harbour for the port authority, was popular with the crews.',
    );
    assert.deepStrictEqual(found.map((c) => c.occurrences.map((o) => o.text)), [['May 2015', 'April']]);
  });

  it('does not let the name in most of many date sentences make two of them one event', () => {
    const texts = Array.from({ length: 60 }, (_, k) => `Mayor Lina Okafor opened the new harbour board office in Dunmore on Oct. ${(k % 28) + 1}, aides said.`);
    assert.deepStrictEqual(dateConflicts(...texts), []);
    // The same sentences with a rarer name of their own still pair up.
    const paired = dateConflicts(...texts.slice(0, 58), 'Mayor Lina Okafor opened the Pellham harbour board office in Dunmore on Oct. 3, aides said.', 'Mayor Lina Okafor opened the Pellham harbour board office in Dunmore on Oct. 4, aides said.');
    assert.deepStrictEqual(paired.map((c) => c.occurrences.map((o) => o.text)), [['Oct. 3', 'Oct. 4']]);
  });

  it('does not let a name in hundreds of date sentences propose pairs, even in fewer than half of them', () => {
    // 201 sentences name Okafor, 300 others do not; two of hers would pair by the usual rules.
    const hers = Array.from({ length: 199 }, (_, k) => `Mayor Lina Okafor opened the harbour office number ${k} in Dunmore on Oct. ${(k % 28) + 1}, aides said.`);
    const others = Array.from({ length: 300 }, (_, k) => `Clerk Tomas Brel filed the ledger number ${k} in Pellham on Nov. ${(k % 28) + 1}, aides said.`);
    const pair = ['Mayor Lina Okafor opened the Pellham harbour board office in Dunmore on Oct. 3, aides said.', 'Mayor Lina Okafor opened the Pellham harbour board office in Dunmore on Oct. 4, aides said.'];
    assert.deepStrictEqual(dateConflicts(...hers, ...others, ...pair), []);
    // One fewer of hers and the pair is reported again.
    assert.strictEqual(dateConflicts(...hers.slice(1), ...others, ...pair).length, 1);
  });

  const quiet: [string, string, string][] = [
    ['the same date written two ways',
      'Lina Okafor resigned from the Dunmore housing board on Oct. 30, citing the budget row.',
      'Lina Okafor resigned from the Dunmore housing board on October 30, 2019 over the budget row.'],
    ['a day given in one article only',
      'Lina Okafor resigned from the Dunmore housing board on Oct. 30, citing the budget row.',
      'Lina Okafor resigned from the Dunmore housing board in October over the budget row.'],
    ['sentences that share too little to be one event',
      'Okafor spoke in Dunmore on Oct. 30.',
      'Okafor arrived in Dunmore on Oct. 29.'],
    ['two events far apart in time',
      'Lina Okafor joined the Dunmore housing board on March 3, 2019, citing the budget row.',
      'Lina Okafor left the Dunmore housing board on Oct. 29, 2019 over the budget row.'],
    ['one of two events told in one sentence',
      'Police said a man robbed the Dunmore Savings bank on Oct. 19, taking cash from a teller.',
      'Police said a man robbed the Dunmore Savings bank on Oct. 19 and the Pellham Trust bank on Oct. 20.'],
    ['the same date given for the event in another sentence of the other article',
      'A man robbed the Dunmore Savings bank on Oct. 19, taking cash from a teller, police said.',
      'A man robbed the Pellham Trust bank on Oct. 20, taking cash from a teller, police said. The Dunmore Savings bank was robbed on Oct. 19.'],
  ];
  for (const [label, a, b] of quiet) it(`does not report ${label}`, () => assert.deepStrictEqual(dateConflicts(a, b), []));

  const weekdayReads: [string, string, ReturnType<typeof weekdays>][] = [
    ['reads "on" and a weekday', 'The ferry sank on Monday near the reef.', [{ text: 'Monday', start: 18, day: 1 }]],
    ['reads a possessive weekday without its "s"', "Tuesday's storm closed the port.", [{ text: 'Tuesday', start: 0, day: 2 }]],
    ['reads a weekday with a time of day', 'The ferry sank on Saturday afternoon near the reef.', [{ text: 'Saturday', start: 18, day: 6 }]],
    ['leaves the weekday of a written date to the date', 'The ferry sank on Monday, Sept. 28, 2015, near the reef.', []],
    ['skips a weekday before a day of the month', 'The ferry sank on Friday the 13th near the reef.', []],
    ['skips a weekday of another week', 'The ferry sank last Monday; the tug left next Friday.', []],
    ['skips a weekday that recurs', 'The ferry sails every Friday and on Sundays.', []],
    ['skips the ends of a period', 'Ferries were halted since Tuesday and until Thursday.', []],
    ['skips a span of days', 'Crews searched Monday and Tuesday, then Wednesday-Thursday.', []],
    ['skips a named day', 'Shops opened early for Black Friday.', []],
    ['skips the day a thing was said', 'The ferry sank, the coast guard said Monday. On Friday, officials told reporters more.', []],
  ];
  for (const [label, text, want] of weekdayReads) it(label, () => assert.deepStrictEqual(weekdays(text), want));

  const midnight: [string, boolean][] = [
    ['The ferry sank late Saturday near the reef.', true],
    ['The ferry sank early on Saturday near the reef.', true],
    ["The ferry sank Saturday night near the reef.", true],
    ['The ferry sank on Saturday afternoon near the reef.', false],
  ];
  for (const [text, want] of midnight) {
    it(`${want ? 'marks' : 'does not mark'} "${text}" as near midnight`, () => {
      assert.deepStrictEqual(extractDates('a.txt', text).map((c) => c.weekday?.nearMidnight === true), [want]);
    });
  }

  const day = (year: number, month: number, d: number): FullDate => ({ year, month, day: d, words: [], names: [], near: [] });
  const verdicts: [string, number, { year?: number; month: number; day?: number }, FullDate[], Calendar][] = [
    ['a weekday on its date with a year agrees', 1, { year: 2015, month: 9, day: 28 }, [], 'agree'],
    ['a weekday off its date with a year disagrees', 2, { year: 2015, month: 9, day: 28 }, [], 'disagree'],
    ['a date without a year and no dateline settles nothing', 2, { month: 9, day: 28 }, [], undefined],
    ['a dateline gives the year to a date in its week', 1, { month: 9, day: 28 }, [day(2015, 9, 30)], 'agree'],
    ['a dateline week the date is not on disagrees', 2, { month: 9, day: 28 }, [day(2015, 9, 30)], 'disagree'],
    ['a dateline far from the date pins no week', 2, { month: 9, day: 28 }, [day(2015, 12, 30)], undefined],
    ['a weekday pinned to another week is not compared with a dated day', 2, { year: 2015, month: 9, day: 28 }, [day(2015, 12, 1)], undefined],
    ['a dateline late in a year puts an early date in the next', 6, { month: 1, day: 2 }, [day(2015, 12, 30)], 'agree'],
    ['a month without a day settles nothing', 1, { year: 2015, month: 9 }, [], undefined],
  ];
  for (const [label, weekday, date, anchors, want] of verdicts) {
    it(label, () => assert.strictEqual(calendar({ day: weekday, words: [], names: [], near: [] }, { ...date, words: [], names: [], near: [] }, anchors), want));
  }
  const nearMidnight: [string, number, { year: number; month: number; day: number }, Calendar][] = [
    ['late on a day agrees with the next day', 1, { year: 2015, month: 9, day: 29 }, 'agree'],
    ['early on a day agrees with the day before', 2, { year: 2015, month: 9, day: 28 }, 'agree'],
    ['Saturday night agrees with the Sunday after, across the week', 6, { year: 2015, month: 9, day: 27 }, 'agree'],
    ['near midnight still disagrees two days off', 1, { year: 2015, month: 9, day: 30 }, 'disagree'],
  ];
  for (const [label, weekday, date, want] of nearMidnight) {
    it(label, () => assert.strictEqual(calendar({ day: weekday, nearMidnight: true, words: [], names: [], near: [] }, { ...date, words: [], names: [], near: [] }, []), want));
  }

  it('reports a weekday the calendar cannot put on the date of the same event', () => {
    const found = dateConflicts(
      'Lina Okafor resigned from the Dunmore housing board on Tuesday after the budget vote.',
      'Lina Okafor resigned from the Dunmore housing board on Sept. 28, 2015, after the budget vote.',
    );
    assert.deepStrictEqual(found.map((c) => c.occurrences.map((o) => o.text)), [['Tuesday', 'Sept. 28, 2015']]);
  });

  it("reports a weekday against a date without a year when the weekday's dateline pins the week", () => {
    const found = dateConflicts(
      'DUNMORE, Sept. 30, 2015\nLina Okafor resigned from the Dunmore housing board on Tuesday after the budget vote.',
      'Lina Okafor resigned from the Dunmore housing board on Sept. 28 after the budget vote.',
    );
    assert.deepStrictEqual(found.map((c) => c.occurrences.map((o) => o.text)), [['Tuesday', 'Sept. 28']]);
  });

  const calendarQuiet: [string, string, string][] = [
    ['a weekday the calendar puts on the date',
      'Lina Okafor resigned from the Dunmore housing board on Monday after the budget vote.',
      'Lina Okafor resigned from the Dunmore housing board on Sept. 28, 2015, after the budget vote.'],
    ['a weekday against a date without a year and no dateline',
      'Lina Okafor resigned from the Dunmore housing board on Tuesday after the budget vote.',
      'Lina Okafor resigned from the Dunmore housing board on Sept. 28 after the budget vote.'],
    ['a weekday whose dateline pins another week',
      'DUNMORE, Nov. 4, 2015\nLina Okafor resigned from the Dunmore housing board on Tuesday after the budget vote.',
      'Lina Okafor resigned from the Dunmore housing board on Sept. 28, 2015, after the budget vote.'],
    ['a weekday whose sentence shares only names with the date',
      'On Tuesday, Lina Okafor and Mayor Jonah Pell met in Dunmore, at the Pellham Harbour Summit.',
      'Mayor Jonah Pell opened the Pellham Harbour Summit in Dunmore on Sept. 28, 2015.'],
    ['a weekday late at night against the next day, which another time zone may give',
      'Lina Okafor resigned from the Dunmore housing board late Monday after the budget vote.',
      'Lina Okafor resigned from the Dunmore housing board on Sept. 29, 2015, after the budget vote.'],
    ['two weekdays for one event, which no calendar settles',
      'Lina Okafor resigned from the Dunmore housing board on Tuesday after the budget vote.',
      'Lina Okafor resigned from the Dunmore housing board on Monday after the budget vote.'],
  ];
  for (const [label, a, b] of calendarQuiet) it(`does not report ${label}`, () => assert.deepStrictEqual(dateConflicts(a, b), []));

  it("counts a weekday the calendar puts on the other article's date as agreement", () => {
    const misdated = 'Lina Okafor resigned from the Dunmore housing board on Sept. 29 after the budget vote.';
    const other = 'Lina Okafor resigned from the Dunmore housing board on Sept. 28, 2015, after the budget vote.';
    // Without the weekday the two dates are one event dated twice; with it, the first article also
    // gives the other's date, so nothing is certain enough to report.
    assert.strictEqual(dateConflicts(misdated, other).length, 1);
    assert.deepStrictEqual(dateConflicts(`${misdated}\nThe budget vote came on Monday, and Okafor left the housing board.`, other), []);
  });

  it('does not set a four-year war against a war that began in 2011', () => {
    const found = analyze([
      { path: '1.txt', text: 'DUNMORE, Oct. 2, 2015\nThe four-year war in Veldoria has driven 90,000 people from their homes.' },
      { path: '2.txt', text: 'The war in Veldoria began in 2011 and has driven 90,000 people from their homes.' },
    ]).conflicts.filter((c) => c.kind === 'number');
    assert.deepStrictEqual(found, []);
  });
});
