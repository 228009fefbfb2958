// What Crosscheck does with input users really have in their folders: each case states the clear
// outcome expected, and every case also checks that the engine's spans still point at their text.
import * as assert from 'assert';
import { analyze, extractFacts } from '../../src/core';
import type { Analysis, Article } from '../../src/core';
import { cutText, decodeArticle } from '../../src/core/decode';

const utf8 = (s: string) => new TextEncoder().encode(s);

function spansHold(articles: readonly Article[], a: Analysis): void {
  const text = new Map(articles.map((x) => [x.path, x.text]));
  for (const c of a.conflicts) {
    for (const o of c.occurrences) {
      const t = text.get(o.path)!;
      assert.ok(o.start >= 0 && o.start < o.end && o.end <= t.length, `span ${o.start}-${o.end} outside ${o.path}`);
      assert.strictEqual(t.slice(o.start, o.end), o.text);
    }
  }
}

const MAYOR = 'Mayor Ada Quist said the pier would reopen on Friday.';
const MAYOR_TYPO = 'Mayor Ada Qvist said the pier would reopen on Friday.';

describe('bad input: decoding files', () => {
  it('reads an empty file as an empty article', () => {
    assert.deepStrictEqual(decodeArticle(new Uint8Array(0), 1024), { ok: true, text: '' });
  });

  it('skips a binary file with a text extension, saying why', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    assert.deepStrictEqual(decodeArticle(png, 1024), { ok: false, reason: 'binary file, not text' });
  });

  it('keeps a UTF-8 byte-order mark so offsets count it as editors do', () => {
    const d = decodeArticle(utf8(`\uFEFF${MAYOR}`), 1024);
    assert.ok(d.ok);
    assert.strictEqual(d.text, `\uFEFF${MAYOR}`);
  });

  it('analyses only the first part of a 10 MB article, cut at a line break, and says so', () => {
    const line = `${MAYOR} Crews counted 12 boats.\n`;
    const bytes = utf8(line.repeat(Math.ceil((10 * 1024 * 1024) / line.length)));
    assert.ok(bytes.length >= 10 * 1024 * 1024);
    const d = decodeArticle(bytes, 1024 * 1024);
    assert.ok(d.ok && d.partial);
    assert.ok(d.text.length <= 1024 * 1024 && d.text.length > 1024 * 1024 - line.length, String(d.text.length));
    assert.ok(d.text.endsWith('\n'), 'cut after a whole line');
    assert.strictEqual(d.warning, 'only the first 1024 KB analysed');
  });

  it('never cuts a long line inside a multi-byte character', () => {
    // "é" is two bytes in UTF-8: a limit of 5 bytes falls in the middle of the third one.
    const d = decodeArticle(utf8('éééééé'), 5);
    assert.ok(d.ok);
    assert.strictEqual(d.text, 'éé');
    assert.strictEqual(d.warning, 'only the first 1 KB analysed', 'still UTF-8, not read as Windows-1252');
  });

  it('never cuts UTF-16 inside a surrogate pair', () => {
    const text = `${'x'.repeat(3)}😀 tail`;
    const le = new Uint8Array([0xff, 0xfe, ...[...text].flatMap((ch) => [...Array(ch.length).keys()].flatMap((i) => [ch.charCodeAt(i) & 0xff, ch.charCodeAt(i) >> 8]))]);
    const d = decodeArticle(le, 2 + 2 * 4); // the BOM, three x and the first half of the emoji
    assert.ok(d.ok && d.partial);
    assert.strictEqual(d.text, 'xxx');
  });

  it('cuts an open document at a line break in its second half, or else between characters', () => {
    assert.strictEqual(cutText('one\ntwo\nthree', 10), 'one\ntwo\n');
    assert.strictEqual(cutText('abcdefgh\nij', 4), 'abcd');
    assert.strictEqual(cutText('ab😀cd', 3), 'ab');
  });
});

// [label, articles, what must hold besides valid spans]
const cases: [string, Article[], (a: Analysis, articles: Article[]) => void][] = [
  ['an empty file is loaded and has nothing to report', [{ path: 'a', text: '' }, { path: 'b', text: MAYOR }], (a) => {
    assert.deepStrictEqual(a.articles, [{ path: 'a', title: '' }, { path: 'b', title: MAYOR }]);
    assert.deepStrictEqual(a.conflicts, []);
  }],
  ['a byte-order mark does not hide the first name', [{ path: 'a', text: `\uFEFF${MAYOR}` }, { path: 'b', text: MAYOR_TYPO }], (a) => {
    const o = a.conflicts[0].occurrences.find((x) => x.path === 'a')!;
    assert.deepStrictEqual([o.start, o.text], [7, 'Ada Quist']);
    assert.strictEqual(a.articles[0].title, MAYOR, 'no BOM in the title');
  }],
  ['CRLF line ends give the same conflicts as LF, without a carriage return in any span',
    [{ path: 'a', text: `Flood hits town\r\n\r\n${MAYOR}\r\nThe storm killed 12 people.\r\n` }, { path: 'b', text: `Flood hits town\n\n${MAYOR_TYPO}\nThe storm killed 14 people.\n` }], (a) => {
      assert.deepStrictEqual(a.conflicts.map((c) => c.kind), ['person', 'number']);
      assert.ok(a.conflicts.every((c) => c.occurrences.every((o) => !o.text.includes('\r'))));
      assert.strictEqual(a.articles[0].title, 'Flood hits town');
    }],
  ['emoji and other surrogate pairs before a quote leave its offsets on the quoted words',
    [{ path: 'a', text: '🌊🌊 Flood 👩🏽‍🚒 update 𝒜: "the pier would reopen on Friday morning," said Mayor Ada Quist.' },
      { path: 'b', text: '"The pier will reopen on Friday morning," said Mayor Ada Quist.' }], (a) => {
      const quote = a.conflicts.find((c) => c.kind === 'quote')!;
      assert.deepStrictEqual(quote.occurrences.map((o) => o.text), ['the pier would reopen on Friday morning', 'The pier will reopen on Friday morning']);
    }],
  ['right-to-left text is carried along without breaking the Latin names around it',
    [{ path: 'a', text: `قال رئيس البلدية إن الرصيف سيفتح. ״הגשר ייפתח מחר״ אמר ראש העיר. ${MAYOR}` }, { path: 'b', text: `${MAYOR_TYPO} قال رئيس البلدية` }], (a) => {
      assert.deepStrictEqual(a.conflicts.map((c) => c.occurrences.map((o) => o.text)), [['Ada Quist', 'Ada Qvist']]);
    }],
  ['a file of nothing but quote marks has no quotes', [{ path: 'a', text: '""“”«»„"\'\'‘’'.repeat(50) }, { path: 'b', text: '""""' }], (a, arts) => {
    assert.deepStrictEqual(a.conflicts, []);
    assert.deepStrictEqual(arts.map((x) => extractFacts(x.path, x.text).quotes), [[], []]);
  }],
  ['100,000 unbalanced quote marks never make a quote longer than its paragraph', [{ path: 'a', text: `${'“'.repeat(50000)}\n${'he said "no '.repeat(16667)}` }, { path: 'b', text: MAYOR }], (_, arts) => {
    const text = arts[0].text;
    const quotes = extractFacts('a', text).quotes;
    assert.ok(quotes.length > 0);
    assert.ok(quotes.every((q) => q.start > 50000 && !q.text.includes('\n') && q.text.length < 20), 'every quote stays inside one short stretch');
  }],
  ['a 1 MB line without spaces yields no names, quotes or figures', [{ path: 'a', text: 'a'.repeat(1 << 20) }, { path: 'b', text: MAYOR }], (a, arts) => {
    const f = extractFacts('a', arts[0].text);
    assert.deepStrictEqual([f.people.length, f.quotes.length, f.claims.length, a.conflicts.length], [0, 0, 0, 0]);
    assert.strictEqual(a.articles[0].title.length, 120, 'the headline is shortened');
  }],
  ['"1e309" is not read as a figure, and never as Infinity', [{ path: 'a', text: 'Officials said 1e309 people were evacuated.' }, { path: 'b', text: 'Officials said 12 people were evacuated.' }], (a) => {
    assert.deepStrictEqual(extractFacts('a', 'Officials said 1e309 people were evacuated.').claims, []);
    assert.deepStrictEqual(a.conflicts, []);
  }],
  ['a figure beyond exact floating point is compared and quoted as written', [{ path: 'a', text: 'The storm killed 9,999,999,999,999,999 people on Friday.' }, { path: 'b', text: 'The storm killed 12 people on Friday.' }], (a) => {
    const [c] = a.conflicts;
    assert.strictEqual(c.kind, 'number');
    assert.deepStrictEqual(c.occurrences.map((o) => o.text), ['killed 9,999,999,999,999,999 people', 'killed 12 people']);
    const claim = extractFacts('a', 'The storm killed 9,999,999,999,999,999 people on Friday.').claims[0];
    assert.ok(Number.isFinite(claim.value) && claim.value > 9e15);
  }],
  ['names in all capitals are read as acronyms, never as a misspelt name', [
    { path: 'a', text: `MAYOR ADA QUIST SAID THE PIER WOULD REOPEN.\n\n${MAYOR}` },
    { path: 'b', text: `MAYOR ADA QVIST SAID THE PIER WOULD REOPEN.\n\n${MAYOR}` }], (a) => {
    assert.deepStrictEqual(a.conflicts, []);
    assert.deepStrictEqual(a.people.map((p) => p.name), ['Ada Quist']);
  }],
];

describe('bad input: the engine', function () {
  // Not a time limit on the engine (that is npm run check:regex): room for a loaded CI machine.
  this.timeout(60_000);
  for (const [label, articles, expect] of cases) {
    it(label, () => {
      const a = analyze(articles);
      spansHold(articles, a);
      expect(a, articles);
    });
  }
});
