import * as assert from 'assert';
import { analyze } from '../../src/core/analyze';
import { officeOf } from '../../src/core/model/offices';

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
