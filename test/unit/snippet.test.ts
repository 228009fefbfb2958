import * as assert from 'assert';
import { toText } from '../../src/core/report';
import { snippet } from '../../src/core/text';
import type { Analysis } from '../../src/core/types';

describe('snippets of article text', () => {
  it('squeeze white space and keep a short text whole', () => {
    assert.strictEqual(snippet('  The ferry\n\tleft   at  dawn '), 'The ferry left at dawn');
  });

  it('cut a long text to the length asked, the ellipsis included', () => {
    const s = snippet('The ferry left at dawn with ninety passengers aboard', 20);
    assert.strictEqual(s, 'The ferry left at d…');
    assert.strictEqual(snippet('The ferry left at dawn with ninety passengers aboard', 20, '...'), 'The ferry left at...');
  });

  it('cut a long passage in the text report with three dots at 70 characters', () => {
    const text = `Harbour master Tove Brannigan said the ferry left at dawn with ninety passengers and eleven crew aboard.`;
    const a: Analysis = {
      articles: [{ path: 'a.article', title: 'Ferry' }],
      people: [],
      conflicts: [{ kind: 'quote', rule: 'quote-wording', severity: 'warning', message: 'Quoted differently', occurrences: [{ path: 'a.article', start: 0, end: text.length, text }] }],
    };
    const line = toText(a, () => text).split('\n').find((l) => l.includes('a.article:1:1'))!;
    assert.strictEqual(line.trim(), `a.article:1:1  ${text.slice(0, 67)}...`);
  });
});
