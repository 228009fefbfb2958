// Reports from the editor in the CLI's formats. Article keys (URIs) become workspace-relative paths,
// so an exported JSON report is what `crosscheck --format json` prints when run at the workspace root
// on the saved files.
import * as vscode from 'vscode';
import type { AnalysisResult } from './analysis';
import { conflictToMarkdown, toMarkdown, toReport } from '../core';
import type { Analysis, Conflict } from '../core';
import { articleLabel } from './labels';

export type ReportFormat = 'markdown' | 'json';

/**
 * The report as the CLI would print it. `bomFiles` are the article keys whose file starts with a
 * UTF-8 byte-order mark: the editor leaves it out of the text, the JSON format counts it (offsets are
 * into the file as read from disk). The Markdown report gives line and column as the editor shows them.
 */
export function renderReport(result: AnalysisResult, format: ReportFormat, bomFiles: ReadonlySet<string> = new Set()): string {
  const label = labeller(result);
  if (format === 'json') return `${JSON.stringify(toReport(withPaths(result.analysis, label, bomFiles)), null, 2)}\n`;
  return toMarkdown(result.analysis, textOf(result), label);
}

/**
 * The articles whose file on disk starts with a UTF-8 byte-order mark: known for every file the
 * workspace scan read; only a document opened from outside it is read again.
 */
export async function filesWithBom(result: AnalysisResult): Promise<Set<string>> {
  const found = new Set<string>();
  const known = [...result.articles.values()].filter((a) => a.bom !== undefined);
  for (const a of known) if (a.bom) found.add(a.key);
  await Promise.all([...result.articles.values()].filter((a) => a.bom === undefined && a.uri.scheme !== 'untitled').map(async (a) => {
    try {
      const b = await vscode.workspace.fs.readFile(a.uri);
      if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) found.add(a.key);
    } catch {
      // Gone since the analysis: its offsets stay as analysed.
    }
  }));
  return found;
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

function withPaths(a: Analysis, label: (key: string) => string, bomFiles: ReadonlySet<string>): Analysis {
  return {
    ...a,
    articles: a.articles.map((x) => ({ ...x, path: label(x.path) })),
    conflicts: a.conflicts.map((c) => ({
      ...c,
      occurrences: c.occurrences.map((o) => {
        const shift = bomFiles.has(o.path) ? 1 : 0;
        return { ...o, path: label(o.path), start: o.start + shift, end: o.end + shift };
      }),
    })),
  };
}
