// Publishes one diagnostic per occurrence of every conflict: a message saying what the other
// articles write instead, a code linking to the rule's section of the README, the rule's severity
// (or the user's, per kind), and related information pointing at every other version.
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { AnalysisResult } from './analysis';
import type { Config } from './config';
import type { RuleId } from './core';
import { LineIndex, toSeverity } from './convert';
import { Disposable } from './dispose';
import { articleLabel, snippet } from './labels';
import { occurrenceMessage } from './messages';
import { ruleHeadingLines, ruleOf, severityOf } from './rules';

export const DIAGNOSTIC_SOURCE = 'crosscheck';

/** The README that documents the rules: vsce packages it as readme.md, the source tree has README.md. */
export function readmeOf(extensionUri: vscode.Uri): vscode.Uri {
  const names = ['README.md', 'readme.md'];
  const found = names.find((n) => fs.existsSync(vscode.Uri.joinPath(extensionUri, n).fsPath));
  return vscode.Uri.joinPath(extensionUri, found ?? names[0]);
}

export class ConflictDiagnostics extends Disposable {
  readonly #collection = this._register(vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE));
  readonly #readme: vscode.Uri;
  readonly #headings: Map<RuleId, number>;
  #last: AnalysisResult | undefined;

  constructor(readmeUri: vscode.Uri, private readonly config: Config) {
    super();
    this.#readme = readmeUri;
    let readme = '';
    try { readme = fs.readFileSync(this.#readme.fsPath, 'utf8'); } catch { /* a code without a line still names its rule */ }
    this.#headings = ruleHeadingLines(readme);
    // A severity setting changes how diagnostics look, not what the analysis found.
    this._register(config.onDidChange(() => { if (this.#last) this.update(this.#last); }));
  }

  /** The README at the rule's heading: `#L<line>` opens the file there when the code is clicked. */
  ruleTarget(rule: RuleId): vscode.Uri {
    const line = this.#headings.get(rule);
    return this.#readme.with({ fragment: line === undefined ? rule : `L${line + 1}` });
  }

  update(result: AnalysisResult): void {
    this.#last = result;
    const indexes = new Map<string, LineIndex>();
    const label = (key: string) => articleLabel(result.articles.get(key)!.uri);
    const where = (key: string, start: number, end: number) => {
      const a = result.articles.get(key)!;
      if (!indexes.has(key)) indexes.set(key, new LineIndex(a.text));
      return new vscode.Location(a.uri, indexes.get(key)!.range(start, end));
    };
    const byArticle = new Map<string, vscode.Diagnostic[]>();
    const settings = this.config.settings;
    for (const c of result.analysis.conflicts) {
      for (const o of c.occurrences) {
        const rule = ruleOf(c, o);
        const severity = severityOf(rule, settings.severity[c.kind]);
        if (!severity) continue;
        const d = new vscode.Diagnostic(where(o.path, o.start, o.end).range, occurrenceMessage(c, o, label), toSeverity(severity));
        d.source = DIAGNOSTIC_SOURCE;
        d.code = { value: rule, target: this.ruleTarget(rule) };
        d.relatedInformation = c.occurrences
          .filter((x) => x !== o)
          // VS Code shows the file and position next to the message: the message is the version itself.
          .map((x) => new vscode.DiagnosticRelatedInformation(where(x.path, x.start, x.end),
            `"${snippet(x.text)}"${c.kind === 'quote' && x.speaker ? ` (${x.speaker})` : ''}`));
        byArticle.set(o.path, [...(byArticle.get(o.path) ?? []), d]);
      }
    }
    this.#collection.clear();
    for (const [key, a] of result.articles) this.#collection.set(a.uri, byArticle.get(key) ?? []);
  }
}
