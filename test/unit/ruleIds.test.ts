import * as assert from 'assert';
import { analyze } from '../../src/core';

// Invented two-line reports; each pair plants one kind of disagreement.
describe('analyze: the rule behind each conflict', () => {
  it('names a likely typo on the misspelt mention only', () => {
    const x = { path: 'x', text: 'Dyke news\n\nMayor Halvard Quist opened the dyke. Quist waved.' };
    const y = { path: 'y', text: 'Dyke news\n\nMayor Halvard Quist spoke first.' };
    const z = { path: 'z', text: 'Dyke news\n\nMayor Halvard Qusit spoke last.' };
    const [c] = analyze([x, y, z]).conflicts;
    assert.strictEqual(c.rule, 'name-typo');
    assert.deepStrictEqual(c.occurrences.map((o) => [o.text, o.rule]), [['Halvard Quist', undefined], ['Halvard Quist', undefined], ['Halvard Qusit', 'name-typo']]);
  });

  it('names a transliteration, and keeps the worst rule for the conflict', () => {
    const x = { path: 'x', text: 'Talks\n\nMinister Yevgeny Marchenko spoke.' };
    const y = { path: 'y', text: 'Talks\n\nMinister Yevgeniy Marchenko spoke.' };
    assert.strictEqual(analyze([x, y]).conflicts[0].rule, 'name-transliteration');
    const z = { path: 'z', text: 'Talks\n\nMinister Yevgeny Marcehnko spoke.' };
    const w = { path: 'w', text: 'Talks\n\nMinister Yevgeny Marchenko left.' };
    const [c] = analyze([x, y, z, w]).conflicts;
    assert.strictEqual(c.rule, 'name-typo');
    assert.deepStrictEqual(new Set(c.occurrences.map((o) => o.rule)), new Set([undefined, 'name-transliteration', 'name-typo']));
  });

  it('names a surname written as one word and as two', () => {
    const x = { path: 'x', text: 'Harbour\n\nCoach Tomas DeVries spoke on Monday.' };
    const y = { path: 'y', text: 'Harbour\n\nCoach Tomas De Vries spoke on Monday.' };
    const [c] = analyze([x, y]).conflicts;
    assert.strictEqual(c.rule, 'name-spacing');
  });

  it('names a different given name only where the articles show one person', () => {
    const x = { path: 'x', text: 'Search\n\nRescue chief Aditya Waluyo Prakoso said the hull was found.' };
    const y = { path: 'y', text: 'Search\n\nRescue chief Benedict Waluyo Prakoso said the hull was found.' };
    const [c] = analyze([x, y]).conflicts;
    assert.strictEqual(c.rule, 'name-given');
    assert.deepStrictEqual(c.occurrences.map((o) => [o.text, o.rule]), [['Aditya Waluyo Prakoso', 'name-given'], ['Benedict Waluyo Prakoso', undefined]]);
    // Relatives: both named in one article, or two given names and nothing else in common.
    const z = { path: 'z', text: 'Search\n\nOn Monday, Aditya Waluyo Prakoso and Benedict Waluyo Prakoso spoke.' };
    assert.deepStrictEqual(analyze([x, y, z]).conflicts.filter((k) => k.rule === 'name-given'), []);
    const w = { path: 'w', text: 'Search\n\nMarta Prakoso said the hull was found.' };
    assert.deepStrictEqual(analyze([x, w]).conflicts, []);
    // One role joins two given names; a shared nationality does not.
    const r1 = { path: 'r1', text: 'Search\n\nRescue chief Aditya Prakoso said the hull was found.' };
    const r2 = { path: 'r2', text: 'Search\n\nRescue chief Benedict Prakoso said the hull was found.' };
    assert.strictEqual(analyze([r1, r2]).conflicts[0]?.rule, 'name-given');
    const n1 = { path: 'n1', text: 'Search\n\nIndonesian diver Aditya Prakoso said the hull was found.' };
    const n2 = { path: 'n2', text: 'Search\n\nIndonesian pilot Benedict Prakoso said the hull was found.' };
    assert.deepStrictEqual(analyze([n1, n2]).conflicts, []);
  });

  it('names two different middle names, but not two initials', () => {
    const x = { path: 'x', text: 'Archive\n\nShe was born Livia Marie Okonta in a small town, the record says.' };
    const y = { path: 'y', text: 'Archive\n\nShe was born Livia Maura Okonta in a small town, the record says.' };
    assert.strictEqual(analyze([x, y]).conflicts[0]?.rule, 'name-given');
    const u = { path: 'u', text: 'Archive\n\nMayor Livia M. Okonta said so.' };
    const v = { path: 'v', text: 'Archive\n\nMayor Livia J. Okonta said so.' };
    assert.deepStrictEqual(analyze([u, v]).conflicts, []);
  });

  it('joins a relative known by relation and given name across articles, not two relatives in one', () => {
    const x = { path: 'x', text: 'Farewell\n\nThe paper quotes his daughter, Tatyana, as saying he was at peace.' };
    const y = { path: 'y', text: 'Farewell\n\nHis daughter, Tatiana, told the paper he was at peace.' };
    const [c] = analyze([x, y]).conflicts;
    assert.deepStrictEqual(c?.occurrences.map((o) => o.text), ['Tatyana', 'Tatiana']);
    const z = { path: 'z', text: 'Farewell\n\nHis daughter, Tatyana, spoke first; his other daughter, Tatiana, spoke last.' };
    assert.deepStrictEqual(analyze([z]).conflicts, []);
    const w = { path: 'w', text: 'Farewell\n\nHis son, Tatiana, told the paper he was at peace.' };
    assert.deepStrictEqual(analyze([x, w]).conflicts, []);
  });

  it('does not take a word that is also vocabulary for a misspelt surname', () => {
    const x = { path: 'x', text: 'Night\n\nMayor Oren Barr met Bars, and Barr left early.' };
    assert.deepStrictEqual(analyze([x]).conflicts, []);
    const y = { path: 'y', text: 'Night\n\nMayor Oren Barr met Brar, and Barr left early.' };
    assert.strictEqual(analyze([y]).conflicts[0]?.rule, 'name-typo');
  });

  it('tells a reworded quote from one credited to two speakers, and gives each version its speaker', () => {
    const x = { path: 'x', text: 'Trail news\n\nMayor Oda Lindqvist spoke. "The eastern trail stays shut until the ice has gone," Lindqvist said.' };
    const y = { path: 'y', text: 'Trail news\n\nMayor Oda Lindqvist spoke. "The eastern path stays shut until the ice has gone," Lindqvist said.' };
    const z = { path: 'z', text: 'Trail news\n\nFire chief Bram Ostrander spoke. "The eastern trail stays shut until the ice has gone," Ostrander said.' };
    const [wording] = analyze([x, y]).conflicts;
    assert.strictEqual(wording.rule, 'quote-wording');
    assert.deepStrictEqual(wording.occurrences.map((o) => o.speaker), ['Oda Lindqvist', 'Oda Lindqvist']);
    const [credit] = analyze([x, z]).conflicts;
    assert.strictEqual(credit.rule, 'quote-speaker');
    assert.deepStrictEqual(credit.occurrences.map((o) => o.speaker), ['Oda Lindqvist', 'Bram Ostrander']);
  });

  it('names a figure mismatch', () => {
    const x = { path: 'x', text: 'Storm\n\nThe storm sank 11 boats overnight in the harbour.' };
    const y = { path: 'y', text: 'Storm\n\nThe storm sank 14 boats overnight in the harbour.' };
    assert.deepStrictEqual(analyze([x, y]).conflicts.map((c) => c.rule), ['figure-mismatch']);
  });
});
