import * as assert from 'assert';
import type { Conflict, Person } from '../../src/core/types';
import { escapeInline, figureCard, personCard, quoteCard, sentenceAround, wordDiff } from '../../src/editor/hoverMarkdown';

const label = (p: string) => `${p}.article`;
const link = (text: string, path: string, start: number, end: number) => `[${text}](${path}:${start}-${end})`;
const mention = (path: string, start: number, text: string, extra: object = {}) => ({ path, start, end: start + text.length, text, tokens: text.split(' '), evidence: true, ...extra });

describe('hover markdown', () => {
  it('a person card lists each spelling with its articles and counts, titles, roles and ages, and quotes, all linked', () => {
    const p: Person = {
      name: 'Oda Lindqvist',
      mentions: [mention('a', 0, 'Oda Lindqvist', { title: 'mayor' }), mention('a', 50, 'Lindqvist'), mention('b', 3, 'Oda Lindkvist', { age: 52, role: 'lead author' })],
      titles: ['mayor'],
      quotes: [{ path: 'b', start: 20, end: 80, text: 'The eastern trail stays shut until the ice has gone from the pass', speaker: 'Lindqvist' }],
    };
    const md = personCard(p, label, link);
    assert.match(md, /^\*\*Oda Lindqvist\*\* · 2 articles/);
    assert.match(md, /- `Oda Lindqvist`: \[a\.article\]\(a:0-13\) ×1\n/);
    assert.match(md, /- `Lindqvist`: \[a\.article\]\(a:50-59\) ×1\n/);
    assert.match(md, /- `Oda Lindkvist`: \[b\.article\]\(b:3-16\) ×1\n/);
    assert.ok(md.indexOf('`Oda Lindkvist`') < md.indexOf('`Lindqvist`'), 'full names come before a surname alone');
    assert.match(md, /- \[a\.article\]\(a:0-13\): mayor\n/);
    assert.match(md, /- \[b\.article\]\(b:3-16\): lead author, age 52\n/);
    assert.match(md, /- \[“The eastern trail stays shut until the ice…”\]\(b:20-80\) \(b\\\.article\)$/);
  });

  it('a word diff marks the words only there in bold and the words only here struck through', () => {
    assert.strictEqual(wordDiff('We pulled every family out.', 'We got every family out'), 'We ~~pulled~~ **got** every family out');
    assert.strictEqual(wordDiff('Stay home tonight', 'Please stay home'), '**Please** stay home ~~tonight~~');
  });

  it('a quote card shows every other version with its speaker and diff', () => {
    const c: Conflict = {
      kind: 'quote', rule: 'quote-wording', severity: 'warning', message: '',
      occurrences: [
        { path: 'a', start: 1, end: 30, text: 'The eastern trail stays shut', speaker: 'Oda Lindqvist' },
        { path: 'b', start: 2, end: 30, text: 'The eastern path stays shut' },
      ],
    };
    const md = quoteCard(c, c.occurrences[0], label, link);
    assert.match(md, /credited to Oda Lindqvist here/);
    assert.match(md, /\[b\.article\]\(b:2-30\) · not credited\n\n> The eastern ~~trail~~ \*\*path\*\* stays shut/);
    assert.doesNotMatch(md, /a:1-30/);
  });

  it('a quote credited to someone else says so instead of explaining a diff', () => {
    const c: Conflict = {
      kind: 'quote', rule: 'quote-speaker', severity: 'warning', message: '',
      occurrences: [{ path: 'a', start: 1, end: 30, text: 'The eastern trail stays shut', speaker: 'Oda Lindqvist' }, { path: 'b', start: 2, end: 30, text: 'The eastern trail stays shut', speaker: 'Bram Ostrander' }],
    };
    const md = quoteCard(c, c.occurrences[0], label, link);
    assert.match(md, /The same words elsewhere, and who they are credited to:\n\n\[b\.article\]\(b:2-30\) · Bram Ostrander\n\n> The eastern trail stays shut$/);
  });

  it('a figure card gives each figure with the sentence around it', () => {
    const texts: Record<string, string> = { a: 'Storm\n\nThe storm sank 11 boats. Crews rested.', b: 'Night of storms. Harbour staff said fourteen boats sank overnight' };
    const c: Conflict = {
      kind: 'number', rule: 'figure-mismatch', severity: 'warning', subject: 'sank boats', message: '',
      occurrences: [{ path: 'a', start: 17, end: 30, text: 'sank 11 boats' }, { path: 'b', start: 35, end: 54, text: 'fourteen boats sank' }],
    };
    const md = figureCard(c, c.occurrences[1], label, link, (p) => texts[p]);
    assert.match(md, /^\*\*Figures for sank boats\*\*/);
    assert.match(md, /- \*\*sank 11 boats\*\* · \[a\.article\]\(a:17-30\): “The storm sank 11 boats\\\.”/);
    assert.match(md, /- \*\*fourteen boats sank\*\* · \[b\.article\]\(b:35-54\) \(here\): “Harbour staff said fourteen boats sank overnight”/);
  });

  it('escapes emphasis in a file name used as link text, and leaves dashes and dots alone', () => {
    assert.strictEqual(escapeInline('flood_report_v2.md'), 'flood\\_report\\_v2.md');
    assert.strictEqual(escapeInline('01-harlow-gazette.article'), '01-harlow-gazette.article');
    assert.strictEqual(escapeInline('[draft] *final*'), '\\[draft\\] \\*final\\*');
  });

  it('cuts a long sentence around the figure', () => {
    const text = `${'word '.repeat(60)}the storm sank 11 boats ${'more '.repeat(60)}end.`;
    const start = text.indexOf('11 boats');
    const s = sentenceAround(text, start, start + 8, 60);
    assert.ok(s.includes('11 boats') && s.startsWith('…') && s.endsWith('…') && s.length <= 62, s);
  });

  it('keeps the figure in view when the sentence has runs of white space', () => {
    const text = `${'word   '.repeat(60)}the storm sank 11 boats ${'more   '.repeat(60)}end.`;
    const start = text.indexOf('11 boats');
    const s = sentenceAround(text, start, start + 8, 60);
    assert.ok(s.includes('the storm sank 11 boats') && s.length <= 62, s);
  });

  it('does not end a sentence at an abbreviation', () => {
    const text = 'Earlier news. Dr. Ama Osei said the storm sank 11 boats. Crews rested.';
    const start = text.indexOf('11 boats');
    assert.strictEqual(sentenceAround(text, start, start + 8), 'Dr. Ama Osei said the storm sank 11 boats.');
  });
});
