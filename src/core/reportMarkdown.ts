// The Markdown report: the same conflicts as the JSON and text reports, for pasting into a ticket,
// a pull request or a newsroom chat. Article text is escaped so it can never turn into markup.
import { HEADINGS, lineCol } from './report';
import type { Analysis, Conflict, ConflictKind } from './types';

const KIND_NAMES: Record<ConflictKind, string> = { person: 'name', quote: 'quote', number: 'figure' };

/** Escapes text for inline Markdown: no emphasis, link, HTML, table cell or line-start markup survives. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    // With brackets escaped, parentheses and "!" cannot form a link or an image: left readable.
    .replace(/[\\`*_[\]<>|~&]/g, '\\$&')
    // At the start of a line these would open a list, a heading or a setext underline.
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^[-+=#]/, '\\$&');
}

/** An inline code span that holds any text, backticks included. */
export function codeSpan(text: string): string {
  const t = text.replace(/\s+/g, ' ');
  const longest = Math.max(0, ...(t.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = t.startsWith('`') || t.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${t}${pad}${fence}`;
}

/** One conflict as a Markdown block: its message, then each passage with where it is. */
export function conflictToMarkdown(c: Conflict, textOf: (path: string) => string, label: (path: string) => string = (p) => p): string {
  const lines = [`**${escapeMarkdown(c.message)}** (${KIND_NAMES[c.kind]}, ${c.severity})`, ''];
  for (const o of c.occurrences) {
    lines.push(`- ${codeSpan(`${label(o.path)}:${lineCol(textOf(o.path), o.start)}`)}: ${escapeMarkdown(o.text)}`);
  }
  return lines.join('\n');
}

/** The whole analysis as a Markdown document, grouped by kind like the text report. */
export function toMarkdown(a: Analysis, textOf: (path: string) => string, label: (path: string) => string = (p) => p): string {
  const n = a.conflicts.length;
  const lines = ['# Crosscheck report', '', `${a.articles.length} article${a.articles.length === 1 ? '' : 's'}, ${n} conflict${n === 1 ? '' : 's'}.`, ''];
  lines.push('| Article | Title |', '|---|---|');
  for (const x of a.articles) lines.push(`| ${codeSpan(label(x.path)).replace(/\|/g, '\\|')} | ${escapeMarkdown(x.title) || '(untitled)'} |`);
  for (const kind of ['person', 'quote', 'number'] as const) {
    const list = a.conflicts.filter((c) => c.kind === kind);
    if (!list.length) continue;
    lines.push('', `## ${HEADINGS[kind]} (${list.length})`);
    for (const c of list) lines.push('', conflictToMarkdown(c, textOf, label));
  }
  return `${lines.join('\n')}\n`;
}
