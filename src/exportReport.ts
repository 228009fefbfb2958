// Reports from the editor in the CLI's formats. Article keys (URIs) become workspace-relative paths,
// so an exported JSON report is what `crosscheck --format json` prints when run at the workspace root.
import * as vscode from 'vscode';
import type { AnalysisResult } from './analysis';
import { conflictToMarkdown, toMarkdown, toReport } from './core';
import type { Analysis, Conflict } from './core';
import { articleLabel } from './labels';

export type ReportFormat = 'markdown' | 'json';

export function renderReport(result: AnalysisResult, format: ReportFormat): string {
  const label = labeller(result);
  if (format === 'json') return `${JSON.stringify(toReport(withPaths(result.analysis, label)), null, 2)}\n`;
  return toMarkdown(result.analysis, textOf(result), label);
}

export function conflictMarkdown(result: AnalysisResult, conflict: Conflict): string {
  return `${conflictToMarkdown(conflict, textOf(result), labeller(result))}\n`;
}

function labeller(result: AnalysisResult): (key: string) => string {
  return (key) => articleLabel(result.articles.get(key)?.uri ?? vscode.Uri.parse(key));
}

function textOf(result: AnalysisResult): (key: string) => string {
  return (key) => result.articles.get(key)?.text ?? '';
}

function withPaths(a: Analysis, label: (key: string) => string): Analysis {
  return {
    ...a,
    articles: a.articles.map((x) => ({ ...x, path: label(x.path) })),
    conflicts: a.conflicts.map((c) => ({ ...c, occurrences: c.occurrences.map((o) => ({ ...o, path: label(o.path) })) })),
  };
}
