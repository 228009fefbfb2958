import * as assert from 'assert';
import { analyze } from '../../src/core/analyze';
import { officeOf } from '../../src/core/model/offices';
import { roleOf } from '../../src/core/model/roles';

const titleConflicts = (...texts: string[]) =>
  analyze(texts.map((text, i) => ({ path: `${i + 1}.txt`, text }))).conflicts.filter((c) => c.rule === 'title-mismatch');

describe('titles: offices', () => {
  const cases: [string, string | undefined][] = [
    ['foreign minister', 'foreign minister'],
    ['japanese foreign minister', 'foreign minister'],
    ['secretary of state', 'foreign minister'],
    ['defence secretary', 'defence minister'],
    ['secretary of defense', 'defence minister'],
    ['vice president', 'vice president'],
    ['sen', 'senator'],
    ['white house spokesman', undefined],
    ['press secretary', undefined],
    ['former president', undefined],
    ['deputy prime minister', undefined],
    ['president-elect', undefined],
    ['prime minister and foreign minister', undefined],
  ];
  for (const [title, office] of cases) it(`"${title}" names ${office ?? 'no office held now'}`, () => assert.strictEqual(officeOf(title), office));
});

describe('titles: conflicts', () => {
  it('reports one person given two offices by two articles', () => {
    const found = titleConflicts('Foreign Minister Tomasz Brel arrived on Monday.', 'Prime Minister Tomasz Brel arrived on Monday.');
    assert.deepStrictEqual(found.map((c) => [c.message, c.occurrences.map((o) => o.path)]), [['Tomasz Brel is given different offices: "foreign minister" vs "prime minister"', ['1.txt', '2.txt']]]);
  });

  const quiet: [string, string, string][] = [
    ['one office under two names', 'Secretary of State Ilse Maren spoke first.', 'Foreign Minister Ilse Maren spoke first.'],
    ['two descriptions of one job', 'White House spokesman Dale Orrin declined to comment.', 'Press Secretary Dale Orrin declined to comment.'],
    ['a former office', 'Former President Rosa Teague said little.', 'Senator Rosa Teague said little.'],
    ['a former office with a place between', 'The former Dunmore Gov. Rosa Teague said little.', 'Sen. Rosa Teague said little.'],
    ['a then-office', 'The bill was signed by then-Gov. Rosa Teague in March.', 'Sen. Rosa Teague said little.'],
    ['an office somebody else gave', 'A heckler called her Mayor Rosa Teague all evening.', 'Sen. Rosa Teague said little.'],
    ['an office given by mistake', 'An earlier version of this story wrongly identified Gov. Rosa Teague as the sponsor.', 'Sen. Rosa Teague said little.'],
    ['an article that gives both offices itself', 'Prime Minister Tomasz Brel, who is also Foreign Minister Tomasz Brel by decree, spoke.', 'Foreign Minister Tomasz Brel spoke.'],
  ];
  for (const [label, a, b] of quiet) it(`does not report ${label}`, () => assert.deepStrictEqual(titleConflicts(a, b), []));
});

const roleConflicts = (...texts: string[]) =>
  analyze(texts.map((text, i) => ({ path: `${i + 1}.txt`, text }))).conflicts.filter((c) => c.rule === 'role-mismatch');

describe('titles: roles with sides', () => {
  const cases: [string, string | undefined][] = [
    ['said senior study author', 'senior author'],
    ['the lead author', 'lead author'],
    ["the paper's first author", 'lead author'],
    ['study lead author', 'lead author'],
    ['said last author', 'senior author'],
    ['the district attorney', 'prosecution'],
    ['a defence lawyer', 'defence'],
    ['public defender', 'defence'],
    ['co-lead author', undefined],
    ['former prosecutor', undefined],
    ['author', undefined],
    ['lead author and editor', undefined],
  ];
  for (const [phrase, side] of cases) it(`"${phrase}" takes ${side ?? 'no side'}`, () => assert.strictEqual(roleOf(phrase)?.side, side));
});

describe('titles: role conflicts', () => {
  it('reports one person given two sides of one role, before the name or in an appositive after it', () => {
    const a = '"The numbers surprised us," said senior study author Dr. Ines Valcourt of the medical school.';
    const b = 'Ines Valcourt, the study\'s lead author, said the numbers surprised the team.';
    const found = roleConflicts(a, b);
    assert.deepStrictEqual(found.map((c) => [c.subject, c.occurrences.map((o) => [o.path, o.title])]), [['Ines Valcourt', [['1.txt', 'senior study author'], ['2.txt', 'lead author']]]]);
    const c = 'Ines Valcourt, a senior author of the report, said the team was surprised.';
    assert.strictEqual(roleConflicts(b, c).length, 1);
  });

  const quiet: [string, string, string][] = [
    ['the same side twice', 'Lead author Ines Valcourt spoke first.', 'Ines Valcourt, the first author of the study, spoke first.'],
    ['a former role', 'Defense attorney Rafe Quarles said little.', 'Rafe Quarles, a former prosecutor, said little.'],
    ['a role given by mistake', 'An earlier version of this story wrongly called prosecutor Rafe Quarles the judge.', 'Defense attorney Rafe Quarles said little.'],
    ['an article that gives both sides itself', 'Lead author Ines Valcourt, also senior author Ines Valcourt, spoke.', 'Senior author Ines Valcourt spoke.'],
    ['a role that belongs to somebody else', 'Ines Valcourt, the mother of the lead author, spoke.', 'Senior author Ines Valcourt spoke.'],
  ];
  for (const [label, a, b] of quiet) it(`does not report ${label}`, () => assert.deepStrictEqual(roleConflicts(a, b), []));
});

describe('titles: a role in an appositive joins two given names', () => {
  it('joins one surname with two given names when both articles give it one role after the name', () => {
    const a = 'Milo Faraday, the harbour\'s search chief, said the hull was found.';
    const b = 'Anton Faraday, the search chief, said the hull was found.';
    const found = analyze([{ path: 'a', text: a }, { path: 'b', text: b }]).conflicts;
    assert.deepStrictEqual(found.map((c) => c.rule), ['name-given']);
    const c = 'Anton Faraday, a local fisherman, said the hull was found.';
    assert.deepStrictEqual(analyze([{ path: 'a', text: a }, { path: 'c', text: c }]).conflicts, []);
  });
});
