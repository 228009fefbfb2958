import * as assert from 'assert';
import { AnalysedText, isCurrent } from '../../src/editor/currentText';

/** A document as the editor gives it, counting how often its whole text is copied out. */
function doc(text: string, version: number) {
  const d = { version, copies: 0, getText: () => { d.copies++; return text; } };
  return d;
}

describe('whether an analysis still holds in a document', () => {
  const analysed = 'The ferry left at noon.\n\nIt reached the island by two.';
  const open = doc(analysed, 7);
  const cases: [string, AnalysedText | undefined, ReturnType<typeof doc>, boolean, number][] = [
    // what the analysis took, the document now, current?, whole-text copies allowed
    ['the very version of the document analysed', { text: analysed, document: open, version: 7 }, open, true, 0],
    ['nothing analysed for it', undefined, doc(analysed, 1), false, 0],
  ];
  for (const [what, article, d, current, copies] of cases) {
    it(`${current ? 'holds' : 'does not hold'} for ${what}`, () => {
      d.copies = 0;
      assert.strictEqual(isCurrent(article, d), current);
      assert.ok(d.copies <= copies, `copied the text ${d.copies} times`);
    });
  }

  it('compares the text after an edit of the document, and again after the edit is undone', () => {
    const d = doc('The ferry left at one.\n\nIt reached the island by two.', 8);
    const article = { text: analysed, document: d, version: 7 };
    assert.strictEqual(isCurrent(article, d), false, 'edited: offsets may point elsewhere');
    const undone = doc(analysed, 9);
    assert.strictEqual(isCurrent({ ...article, document: undone }, undone), true, 'the same text at a newer version');
  });

  it('never trusts a version number of another document (one closed and opened again starts counting anew)', () => {
    const before = doc(analysed, 1);
    const reopened = doc('A different text altogether, changed on disk.', 1);
    assert.strictEqual(isCurrent({ text: analysed, document: before, version: 1 }, reopened), false);
    assert.strictEqual(reopened.copies, 1);
  });

  it('compares a file read from disk by its text', () => {
    const d = doc(analysed, 3);
    assert.strictEqual(isCurrent({ text: analysed }, d), true);
    assert.strictEqual(isCurrent({ text: `${analysed} More.` }, d), false);
  });

  it('compares an article analysed only in part by its start', () => {
    const d = doc(`${analysed}\n\nA third paragraph past the size limit.`, 4);
    assert.strictEqual(isCurrent({ text: analysed, partial: true }, d), true);
    assert.strictEqual(isCurrent({ text: 'The ferry left at one.', partial: true }, d), false);
  });
});
