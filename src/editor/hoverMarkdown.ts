// Markdown for hovers, from plain data: a person card, the other versions of a quote with a word
// diff, and every figure given for one claim. Links come from `link` so that this stays free of
// vscode and is unit-tested; the hover provider makes them command links that open the passage.
import { diffArrays } from 'diff';
import { sentenceBounds } from '../core/text';
import type { Conflict, Occurrence, Person } from '../core/types';
import type { Label } from './messages';

/** Makes a Markdown link that opens [start, end) of an article. */
export type Link = (text: string, path: string, start: number, end: number) => string;

function escapeMd(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');
}

/** Escapes what changes meaning in the middle of a line (link text, a file name): "flood_report_v2.md" stays plain. */
export function escapeInline(s: string): string {
  return s.replace(/[\\`*_{}[\]<>~|]/g, '\\$&');
}

const firstWords = (s: string, n = 8) => {
  const w = s.replace(/\s+/g, ' ').trim().split(' ');
  return w.length > n ? `${w.slice(0, n).join(' ')}…` : w.join(' ');
};

export function personCard(p: Person, label: Label, link: Link): string {
  const articles = new Set(p.mentions.map((m) => m.path));
  const lines = [`**${escapeMd(p.name)}** · ${articles.size} article${articles.size === 1 ? '' : 's'} · Crosscheck`, '', '**Spellings**', ''];
  const bySpelling = new Map<string, Map<string, typeof p.mentions[number][]>>();
  for (const m of p.mentions) {
    const perArticle = bySpelling.get(m.text) ?? new Map();
    perArticle.set(m.path, [...(perArticle.get(m.path) ?? []), m]);
    bySpelling.set(m.text, perArticle);
  }
  // Full names before a surname said alone, the most used first.
  const count = (m: Map<string, unknown[]>) => [...m.values()].reduce((n, l) => n + l.length, 0);
  const ordered = [...bySpelling].sort(([a, ma], [b, mb]) => Number(b.includes(' ')) - Number(a.includes(' ')) || count(mb) - count(ma));
  for (const [spelling, perArticle] of ordered) {
    const where = [...perArticle].map(([path, ms]) => `${link(label(path), path, ms[0].start, ms[0].end)} ×${ms.length}`);
    lines.push(`- \`${spelling.replace(/`/g, "'")}\`: ${where.join(', ')}`);
  }
  const described = [...articles].map((path) => {
    const ms = p.mentions.filter((m) => m.path === path && (m.title || m.role || m.age !== undefined));
    const facts = [...new Set(ms.flatMap((m) => [m.title, m.role, m.age === undefined ? undefined : `age ${m.age}`]).filter((x): x is string => !!x))];
    return facts.length ? `- ${link(label(path), path, ms[0].start, ms[0].end)}: ${facts.map(escapeMd).join(', ')}` : undefined;
  }).filter((x): x is string => !!x);
  if (described.length) lines.push('', '**Titles and ages**', '', ...described);
  if (p.quotes.length) {
    lines.push('', '**Quoted**', '');
    for (const q of p.quotes) lines.push(`- ${link(`“${firstWords(q.text)}”`, q.path, q.start, q.end)} (${escapeMd(label(q.path))})`);
  }
  return lines.join('\n');
}

const wordKey = (w: string) => w.toLowerCase().replace(/[^\p{L}\p{N}']/gu, '');

/** Their version with the words only they have in bold and the words only `mine` has struck through. */
export function wordDiff(mine: string, theirs: string): string {
  const a = mine.split(/\s+/).filter(Boolean), b = theirs.split(/\s+/).filter(Boolean);
  const parts = diffArrays(a, b, { comparator: (x: string, y: string) => wordKey(x) === wordKey(y) });
  return parts.map((p) => {
    const text = p.value.map(escapeMd).join(' ');
    return p.added ? `**${text}**` : p.removed ? `~~${text}~~` : text;
  }).join(' ');
}

export function quoteCard(c: Conflict, o: Occurrence, label: Label, link: Link): string {
  const who = o.speaker ? `credited to ${escapeMd(o.speaker)} here` : 'not credited to anyone here';
  const legend = c.rule === 'quote-speaker' ? 'The same words elsewhere, and who they are credited to:' : 'Other versions: **bold** words are only there, ~~struck~~ words only here.';
  const lines = [`**Quote** · ${who} · Crosscheck`, '', legend];
  for (const x of c.occurrences) {
    if (x === o) continue;
    const speaker = x.speaker ? escapeMd(x.speaker) : 'not credited';
    lines.push('', `${link(label(x.path), x.path, x.start, x.end)} · ${speaker}`, '', `> ${wordDiff(o.text, x.text)}`);
  }
  return lines.join('\n');
}

/** The sentence around a span, cut to about `max` characters with the span kept in view. */
export function sentenceAround(text: string, start: number, end: number, max = 160): string {
  const from = sentenceBounds(text, start).start, to = Math.max(end, sentenceBounds(text, end).end);
  const squeeze = (s: string) => s.replace(/\s+/g, ' ');
  // Offsets into the sentence as shown, with its white space squeezed and its start trimmed.
  const lead = squeeze(text.slice(from, start)).trimStart();
  const s = squeeze(lead + text.slice(start, to)).trim();
  if (s.length <= max) return s;
  const span = squeeze(text.slice(start, end)).length;
  const mid = Math.max(0, lead.length - Math.floor((max - span) / 2));
  return `${mid > 0 ? '…' : ''}${s.slice(mid, mid + max)}${mid + max < s.length ? '…' : ''}`;
}

export function figureCard(c: Conflict, o: Occurrence, label: Label, link: Link, textOf: (path: string) => string): string {
  const lines = [`**Figures${c.subject ? ` for ${escapeMd(c.subject)}` : ''}** · Crosscheck`, ''];
  for (const x of c.occurrences) {
    const here = x === o ? ' (here)' : '';
    lines.push(`- **${escapeMd(x.text)}** · ${link(label(x.path), x.path, x.start, x.end)}${here}: “${escapeMd(sentenceAround(textOf(x.path), x.start, x.end))}”`);
  }
  return lines.join('\n');
}
