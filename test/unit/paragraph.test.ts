import * as assert from 'assert';
import { extractFacts, FactsCache } from '../../src/core';
import { ParagraphCache } from '../../src/core/paragraphCache';
import { composeArticle } from '../../src/core/extract/paragraph';

// An invented report whose facts reach across paragraphs: a pronoun naming someone from an earlier
// paragraph, a lead paragraph ending in a colon, an age given next to a surname alone.
const REPORT = [
  'Ferry strike strands hundreds in Port Alvena',
  '',
  'Union organiser Marisol Quintero, 52, said the strike would last until Thursday.',
  '',
  'Harbour police arrested 14 people near the terminal on Tuesday.',
  '',
  '"We will not sail until the owners talk to us," she said.',
  '',
  'The ferry company issued this statement:',
  '"Every sailing to the islands is cancelled until further notice and refunds are available."',
  '',
  'Asked about the talks, Quintero, 52, said nothing. Dock manager Tobias Lindqvist said 300 passengers were stranded.',
].join('\r\n');

describe('paragraph extraction', () => {
  it('gives the same facts as extracting the whole article at once', () => {
    const whole = extractFacts('r.txt', REPORT);
    const byParagraph = new FactsCache().get({ path: 'r.txt', text: REPORT });
    assert.deepStrictEqual(byParagraph, whole);
  });

  it('resolves a pronoun, a lead paragraph and an age against earlier paragraphs', () => {
    const facts = new FactsCache().get({ path: 'r.txt', text: REPORT });
    const speakers = facts.quotes.map((q) => [q.text.split(' ').slice(0, 3).join(' '), q.speaker]);
    assert.deepStrictEqual(speakers, [['We will not', 'Marisol Quintero'], ['Every sailing to', 'The ferry company']]);
    const ages = facts.claims.filter((c) => c.kind === 'age').map((c) => c.about);
    assert.deepStrictEqual(ages, ['Marisol Quintero', 'Marisol Quintero']);
  });

  it('leaves an age next to a shared surname unbound when the article names both namesakes as often', () => {
    const text = 'Rita Vance and her husband Otto Vance were honoured.\n\nVance, 61, spoke first.';
    const byParagraph = new FactsCache().get({ path: 'v.txt', text });
    assert.deepStrictEqual(byParagraph.claims.filter((c) => c.kind === 'age').map((c) => c.about), [undefined]);
    assert.deepStrictEqual(byParagraph, extractFacts('v.txt', text));
  });

  it('keeps every offset an article offset, so each span reads back its own text', () => {
    const facts = new FactsCache().get({ path: 'r.txt', text: REPORT });
    const spans = [...facts.people, ...facts.quotes, ...facts.claims];
    assert.ok(spans.length > 8);
    for (const s of spans) assert.strictEqual(REPORT.slice(s.start, s.end), s.text);
  });

  it('re-parses only the paragraph an edit touched, and shifts the ones after it', () => {
    const cache = new ParagraphCache();
    const first = cache.paragraphs(REPORT);
    const parsed = cache.parsed;
    const edited = REPORT.replace('arrested 14 people', 'arrested at least 16 people');
    const second = cache.paragraphs(edited);
    assert.strictEqual(cache.parsed - parsed, 1);
    const startOf = new Map(first.map((p) => [p.hash, p.start]));
    const shifts = second.filter((p) => startOf.has(p.hash)).map((p) => p.start - startOf.get(p.hash)!);
    assert.deepStrictEqual(shifts, [0, 0, 9, 9, 9, 9]);
    const facts = composeArticle('r.txt', edited, second);
    assert.deepStrictEqual(facts, extractFacts('r.txt', edited));
    const stranded = facts.claims.find((c) => c.value === 300)!;
    assert.strictEqual(edited.slice(stranded.start, stranded.end), stranded.text);
  });

  it('parses a paragraph two articles share only once', () => {
    const cache = new FactsCache();
    const shared = 'Dock manager Tobias Lindqvist said 300 passengers were stranded.';
    cache.get({ path: 'a.txt', text: `Strike at the port\n\n${shared}` });
    const before = cache.paragraphs.parsed;
    cache.get({ path: 'b.txt', text: `Ferries stay in port\n\n${shared}` });
    assert.strictEqual(cache.paragraphs.parsed - before, 1);
  });

  it('forgets paragraphs no analysis has used for a while', () => {
    const cache = new ParagraphCache();
    cache.paragraphs('Quintero spoke on Tuesday.');
    for (let i = 0; i < 3; i++) { cache.paragraphs(`Lindqvist spoke ${i} times.`); cache.sweep(2); }
    const parsed = cache.parsed;
    cache.paragraphs('Quintero spoke on Tuesday.');
    assert.strictEqual(cache.parsed - parsed, 1);
  });

  // The deliberate difference from whole-article extraction: a figure ending a paragraph (a
  // dateline's time, a list's last number) does not take the next paragraph's first word as what it
  // counts.
  it('does not read a figure\'s noun from the next paragraph', () => {
    const text = 'Crews worked until 11\n\nVolunteers brought food to the terminal.';
    const whole = extractFacts('r.txt', text).claims.map((c) => c.text);
    const byParagraph = new FactsCache().get({ path: 'r.txt', text }).claims.map((c) => c.text);
    assert.deepStrictEqual(whole, ['11\n\nVolunteers']);
    assert.deepStrictEqual(byParagraph, []);
  });
});
