import * as assert from 'assert';
import { analyze } from '../../src/core/analyze';

// Invented articles: a family written one way throughout and one member another way once.
const family = (...texts: string[]) =>
  analyze(texts.map((text, i) => ({ path: `${i + 1}.txt`, text }))).conflicts.filter((c) => c.rule === 'name-family');

const MOTHER = 'Mary Rossiter said the clinic sent her home twice. Later Rossiter drove her daughter Petra to the city. "It was a long night," Rossiter said.';

describe('families: one family name spelled two ways in one article', () => {
  it('reports the spelling written once against the one the article writes throughout', () => {
    const [c, ...rest] = family(`Petra Rosister, before she fell ill. (Family photo)\n\n${MOTHER}`);
    assert.deepStrictEqual(rest, []);
    assert.strictEqual(c?.subject, 'Rossiter');
    assert.deepStrictEqual(c.occurrences.filter((o) => o.rule).map((o) => [o.text, o.rule]), [['Petra Rosister', 'name-family']]);
    assert.deepStrictEqual([...new Set(c.occurrences.filter((o) => !o.rule).map((o) => o.text))], ['Mary Rossiter', 'Rossiter']);
  });

  it('takes a changed vowel too: inside one article it is no transliteration choice', () => {
    assert.strictEqual(family(`Petra Rossitar, before she fell ill.\n\n${MOTHER}`).length, 1);
  });

  const quiet: [string, string[]][] = [
    ['a person the article never calls by given name alone', [`Petra Rosister, a neighbour, said little.\n\n${MOTHER.replace('her daughter Petra', 'home')}`]],
    ['a spelling written twice', [`Petra Rosister, before she fell ill. Petra Rosister smiled.\n\n${MOTHER}`]],
    ['a spelling another article writes too', [`Petra Rosister, before she fell ill.\n\n${MOTHER}`, 'Dr. Oskar Rosister said the cases were rising.']],
    ['a family written fewer than three times', [`Petra Rosister, before she fell ill.\n\nMary Rossiter drove her daughter Petra to the city.`]],
    ['two spellings more than a letter apart', [`Petra Rossetti, before she fell ill.\n\n${MOTHER}`]],
    ['short surnames a letter apart', [`Petra Hale, before she fell ill.\n\n${MOTHER.replace(/Rossiter/g, 'Hall')}`]],
  ];
  for (const [label, texts] of quiet) it(`does not report ${label}`, () => assert.deepStrictEqual(family(...texts), []));

  it('leaves one person\'s own misspelling to the spelling rules', () => {
    const found = analyze([{ path: 'a.txt', text: `Mary Rosister, before she fell ill.\n\n${MOTHER}` }]).conflicts;
    assert.deepStrictEqual(found.map((c) => c.rule), ['name-typo']);
  });
});

describe('a surname written alone once, a letter from how its article writes it throughout', () => {
  const persons = (...texts: string[]) => analyze(texts.map((text, i) => ({ path: `${i + 1}.txt`, text }))).conflicts.filter((c) => c.kind === 'person');
  const intro = 'Harbour master Oswin Kettleby said the pier was shut.';
  const story = 'Kettleby said the pier was shut. Later Kettleby walked the quay. "The tide was huge," Kettleby said. Ketleby said repairs would start soon.';

  it('joins the person its article means, though only another article gives the full name', () => {
    const [c, ...rest] = persons(intro, story);
    assert.deepStrictEqual(rest, []);
    assert.deepStrictEqual(c?.occurrences.filter((o) => o.rule).map((o) => [o.path, o.text]), [['2.txt', 'Ketleby']]);
  });

  const quiet: [string, string[]][] = [
    ['a spelling written twice', [intro, `${story} Ketleby said the pier would reopen.`]],
    ['a spelling the article writes fewer than three times', [intro, 'Kettleby said the pier was shut. Ketleby said repairs would start soon.']],
    ['a short surname', ['Harbour master Oswin Kemp said the pier was shut.', story.replace(/Kettleby/g, 'Kemp').replace('Ketleby', 'Kamp')]],
  ];
  for (const [label, texts] of quiet) it(`does not report ${label}`, () => assert.deepStrictEqual(persons(...texts), []));
});

describe('a given name that is also a word, before a relative clause', () => {
  it('keeps "Bill" in "Bill Roe, who runs the bakery,"', () => {
    const found = analyze([{ path: 'a', text: 'Bill Kettleby, who runs the bakery, said the pier was shut.' }]).people.map((p) => p.name);
    assert.deepStrictEqual(found, ['Bill Kettleby']);
  });
});

describe('a person printed with the surname of another person the article names', () => {
  const mixups = (...texts: string[]) => analyze(texts.map((text, i) => ({ path: `${i + 1}.txt`, text }))).conflicts.filter((c) => c.rule === 'name-mixup');
  const a = 'Mayor Tomas Hallgren opened the bridge. City spokesman Jorvik Ambrose said the work took two years.';
  const b = 'Mayor Tomas Hallgren opened the bridge on Monday. City spokesman Jorvik Hallgren said the work took two years.';

  it('reports the name with the borrowed surname against the person with that given name and role', () => {
    const [c, ...rest] = mixups(a, b);
    assert.deepStrictEqual(rest, []);
    assert.strictEqual(c?.subject, 'Jorvik Ambrose');
    assert.deepStrictEqual(c.occurrences.map((o) => [o.path, o.text, o.rule]), [['1.txt', 'Jorvik Ambrose', undefined], ['2.txt', 'Jorvik Hallgren', 'name-mixup']]);
    assert.strictEqual(mixups(a, b.replace('City spokesman Jorvik Hallgren', 'Jorvik Hallgren, a city spokesman,')).length, 1);
  });

  const quiet: [string, string[]][] = [
    ['another role', [a, b.replace('spokesman', 'engineer')]],
    ['a surname nobody else in that article has', [a, b.replace('Mayor Tomas Hallgren opened the bridge on Monday. ', '')]],
    ['an article that names both', [a, `${b} Jorvik Ambrose, the city spokesman, agreed.`]],
  ];
  for (const [label, texts] of quiet) it(`does not report ${label}`, () => assert.deepStrictEqual(mixups(...texts), []));
});
