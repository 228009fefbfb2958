// The command-line report: JSON in the documented format (version 1) and a readable text summary.
import { snippet } from './text';
import type { Analysis, Conflict } from './types';

export interface Report {
  version: 1;
  articles: { path: string; title: string }[];
  /** The rule id stays out: version 1 of the format predates it. */
  conflicts: Omit<Conflict, 'rule'>[];
}

export function toReport(a: Analysis): Report {
  return {
    version: 1,
    articles: a.articles.map((x) => ({ path: x.path, title: x.title })),
    conflicts: a.conflicts.map((c) => ({
      kind: c.kind,
      severity: c.severity,
      message: c.message,
      ...(c.subject ? { subject: c.subject } : {}),
      occurrences: c.occurrences.map((o) => ({ path: o.path, start: o.start, end: o.end, text: o.text })),
    })),
  };
}

export const HEADINGS = { person: 'Names', quote: 'Quotes', number: 'Figures' } as const;

/** Line and column (1-based) of an offset, for people reading the text report. */
export function lineCol(text: string, offset: number): string {
  let line = 1, last = -1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) { line++; last = i; }
  return `${line}:${offset - last}`;
}

export function toText(a: Analysis, textOf: (path: string) => string): string {
  const lines: string[] = [];
  const n = a.conflicts.length;
  lines.push(`Crosscheck: ${a.articles.length} articles, ${n} conflict${n === 1 ? '' : 's'}`);
  for (const kind of ['person', 'quote', 'number'] as const) {
    const list = a.conflicts.filter((c) => c.kind === kind);
    if (!list.length) continue;
    lines.push('', `${HEADINGS[kind]} (${list.length})`);
    for (const c of list) {
      lines.push(`  [${c.severity}] ${c.message}`);
      for (const o of c.occurrences) {
        // '...' rather than '…': the text report has always cut long passages with three dots.
        lines.push(`      ${o.path}:${lineCol(textOf(o.path), o.start)}  ${snippet(o.text, 70, '...')}`);
      }
    }
  }
  return lines.join('\n');
}
