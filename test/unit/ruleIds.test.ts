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
