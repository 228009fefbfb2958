import * as assert from 'assert';
import { analyze } from '../../src/core';
import type { Article } from '../../src/core/types';
import { fixesFor } from '../../src/editor/fixes';

// Invented reports of one arrest. The second names the man in full with a middle name, then slips.
const FIRST: Article = {
  path: 'first.txt',
  text: 'Harbour police arrested deputy warden Tobias Rendell on Friday. Tobias Rendell was released on bail. The board will meet, Rendell said.',
};
const withMiddle = (later: string): Article => ({
  path: 'second.txt',
  text: `Deputy warden Tobias Martin Rendell was arrested on Friday. Rendell paid his bail. ${later}`,
});

const mixups = (articles: Article[]) => analyze(articles).conflicts.filter((c) => c.rule === 'name-mixup');

describe('people: a person called by a slip on their middle name', () => {
  const flagged: [string, string, string[]][] = [
    ['the middle name with a surname\'s "s"', '"I made a mistake," said Martins. Martins left by car.', ['Martins', 'Martins']],
    ['the middle name one letter off', '"I am sorry," Marten said. Outside, Marten told reporters he would resign.', ['Marten', 'Marten']],
  ];
  for (const [label, later, wrong] of flagged) {
    it(`flags ${label}`, () => {
      const [c, ...rest] = mixups([FIRST, withMiddle(later)]);
      assert.deepStrictEqual(rest, []);
      assert.strictEqual(c.subject, 'Tobias Rendell');
      assert.deepStrictEqual(c.occurrences.filter((o) => o.rule === 'name-mixup').map((o) => o.text), wrong);
      // The other side: the full name that explains the slip, and the person in the other article.
      assert.deepStrictEqual(c.occurrences.filter((o) => !o.rule).map((o) => [o.path, o.text]), [['first.txt', 'Tobias Rendell'], ['second.txt', 'Tobias Martin Rendell']]);
    });
  }

  const left: [string, Article[]][] = [
    ['a person who goes by the middle name itself', [FIRST, withMiddle('"I made a mistake," said Martin.')]],
    ['a word that is another person\'s surname elsewhere', [FIRST, withMiddle('"I made a mistake," said Martins.'), { path: 'third.txt', text: 'Lawyer Ada Martins said the bail was fair.' }]],
    ['a word with a title of its own', [FIRST, withMiddle('"Bail was set," said Sergeant Martins.')]],
    ['a slip that fits the middle names of two people', [FIRST, withMiddle('Clerk Hanna Martin Oduya signed. "I made a mistake," said Martins.')]],
    ['a middle name given only in another article', [{ ...FIRST, text: FIRST.text.replace('Tobias Rendell', 'Tobias Martin Rendell') }, { path: 'second.txt', text: 'Warden Tobias Rendell was held. "I made a mistake," said Martins.' }]],
  ];
  for (const [label, articles] of left) {
    it(`leaves alone ${label}`, () => assert.deepStrictEqual(mixups(articles), []));
  }

  it('offers the surname as a quick fix, not as the preferred one', () => {
    const [c] = mixups([FIRST, withMiddle('"I made a mistake," said Martins.')]);
    const wrong = c.occurrences.find((o) => o.rule === 'name-mixup')!;
    assert.deepStrictEqual(fixesFor(c, wrong, (p) => p).map((f) => [f.text, f.preferred]), [['Rendell', false]]);
  });
});
