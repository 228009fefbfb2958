import * as assert from 'assert';
import { codeSpan, conflictToMarkdown, escapeMarkdown, toMarkdown } from '../../src/core/reportMarkdown';
import type { Analysis, Conflict } from '../../src/core/types';

const TEXTS: Record<string, string> = {
  'a.txt': 'Harbour news\n\nPort chief Odile Marsh said 12 boats sank.',
  'b.txt': 'Storm at the port\n\nPort chief Odile March said 14 boats sank.',
};
const textOf = (p: string) => TEXTS[p];
const at = (path: string, text: string) => { const start = TEXTS[path].indexOf(text); return { path, start, end: start + text.length, text }; };

const NAME: Conflict = {
  kind: 'person', rule: 'name-typo', severity: 'warning', subject: 'Odile Marsh',
  message: 'Odile Marsh is spelled 2 ways (likely typo): "Odile Marsh", "Odile March"',
  occurrences: [at('a.txt', 'Odile Marsh'), at('b.txt', 'Odile March')],
};
const FIGURE: Conflict = {
  kind: 'number', rule: 'figure-mismatch', severity: 'warning', message: 'Figures disagree for sank boats: "12 boats sank" vs "14 boats sank"',
  occurrences: [at('a.txt', '12 boats sank'), at('b.txt', '14 boats sank')],
};
const ANALYSIS: Analysis = {
  articles: [{ path: 'a.txt', title: 'Harbour news' }, { path: 'b.txt', title: 'Storm at the port' }],
  conflicts: [FIGURE, NAME],
  people: [],
};

describe('Markdown report', () => {
  const escapes: [string, string, string][] = [
    ['emphasis and code', 'a *bold* _claim_ with `code`', 'a \\*bold\\* \\_claim\\_ with \\`code\\`'],
    ['links, images and HTML', '![pic](x) <b>hi</b>', '!\\[pic\\](x) \\<b\\>hi\\</b\\>'],
    ['a leading list number', '1. first', '1\\. first'],
    ['a leading dash', '- not a list', '\\- not a list'],
    ['a leading heading mark', '# not a heading', '\\# not a heading'],
    ['table pipes and entities', 'a | b &amp; c', 'a \\| b \\&amp; c'],
    ['line breaks', 'one\n\ntwo', 'one two'],
    ['a leading plus', '+3 points', '\\+3 points'],
    ['plain words untouched', 'The mayor (aged 61) said #7 people died!', 'The mayor (aged 61) said #7 people died!'],
  ];
  for (const [label, input, want] of escapes) {
    it(`escapes ${label}`, () => assert.strictEqual(escapeMarkdown(input), want));
  }

  it('fences a code span with more backticks than it holds', () => {
    assert.strictEqual(codeSpan('a.txt:1:2'), '`a.txt:1:2`');
    assert.strictEqual(codeSpan('odd`name.txt'), '``odd`name.txt``');
    assert.strictEqual(codeSpan('`edge'), '`` `edge ``');
  });

  it('renders one conflict with its message, kind, severity and every passage with line and column', () => {
    assert.strictEqual(conflictToMarkdown(NAME, textOf), [
      '**Odile Marsh is spelled 2 ways (likely typo): "Odile Marsh", "Odile March"** (name, warning)',
      '',
      '- `a.txt:3:12`: Odile Marsh',
      '- `b.txt:3:12`: Odile March',
    ].join('\n'));
  });

  it('labels passages with the given article names', () => {
    assert.match(conflictToMarkdown(NAME, textOf, (p) => `news/${p}`), /^- `news\/b\.txt:3:12`: Odile March$/m);
  });

  it('groups the conflicts by kind in the order names, quotes, figures', () => {
    const md = toMarkdown(ANALYSIS, textOf);
    assert.match(md, /^# Crosscheck report\n\n2 articles, 2 conflicts\.\n/);
    assert.match(md, /\| `a\.txt` \| Harbour news \|/);
    assert.ok(md.indexOf('## Names (1)') < md.indexOf('## Figures (1)'), md);
    assert.ok(!md.includes('## Quotes'), md);
    assert.ok(md.endsWith('14 boats sank\n'), md);
  });

  it('says so when nothing disagrees', () => {
    assert.match(toMarkdown({ ...ANALYSIS, conflicts: [] }, textOf), /2 articles, 0 conflicts\./);
  });
});
