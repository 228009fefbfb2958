// Publishes each article's side of every conflict as a diagnostic, with related information
// pointing at the other articles' passages.
import * as vscode from 'vscode';
import type { AnalysisResult } from './analysis';
import { LineIndex, toSeverity } from './convert';
import { Disposable } from './dispose';
import { articleLabel, snippet } from './labels';

export const DIAGNOSTIC_SOURCE = 'crosscheck';

export class ConflictDiagnostics extends Disposable {
  readonly #collection = this._register(vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE));

  update(result: AnalysisResult): void {
    const indexes = new Map<string, LineIndex>();
    const where = (key: string, start: number, end: number) => {
      const a = result.articles.get(key)!;
      if (!indexes.has(key)) indexes.set(key, new LineIndex(a.text));
      return new vscode.Location(a.uri, indexes.get(key)!.range(start, end));
    };
    const byArticle = new Map<string, vscode.Diagnostic[]>();
    for (const c of result.analysis.conflicts) {
      for (const o of c.occurrences) {
        const d = new vscode.Diagnostic(where(o.path, o.start, o.end).range, c.message, toSeverity(c.severity));
        d.source = DIAGNOSTIC_SOURCE;
        d.code = c.kind;
        d.relatedInformation = c.occurrences
          .filter((x) => x !== o)
          .map((x) => new vscode.DiagnosticRelatedInformation(where(x.path, x.start, x.end), `${articleLabel(result.articles.get(x.path)!.uri)}: "${snippet(x.text)}"`));
        byArticle.set(o.path, [...(byArticle.get(o.path) ?? []), d]);
      }
    }
    this.#collection.clear();
    for (const [key, a] of result.articles) this.#collection.set(a.uri, byArticle.get(key) ?? []);
  }
}
