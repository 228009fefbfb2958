// Quick fix for a misspelt name: replace it with the spelling the other mentions agree on.
import * as vscode from 'vscode';
import type { AnalysisService } from './analysis';
import { ARTICLE_LANGUAGES } from './articles';
import { Disposable } from './dispose';

export class SpellingFixes extends Disposable implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly analysis: AnalysisService) {
    super();
    this._register(vscode.languages.registerCodeActionsProvider(ARTICLE_LANGUAGES.map((language) => ({ language })), this, { providedCodeActionKinds: SpellingFixes.kinds }));
  }

  provideCodeActions(doc: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
    const result = this.analysis.latest;
    const key = doc.uri.toString();
    if (!result || result.articles.get(key)?.text !== doc.getText()) return [];
    const at = doc.offsetAt(range.start), to = doc.offsetAt(range.end);
    const out: vscode.CodeAction[] = [];
    for (const c of result.analysis.conflicts) {
      if (c.kind !== 'person' || !c.subject) continue;
      for (const o of c.occurrences) {
        if (o.path !== key || o.end < at || o.start > to) continue;
        // A surname-only mention is fixed with the surname alone.
        const target = o.text.includes(' ') ? c.subject : c.subject.split(/\s+/).pop()!;
        if (o.text === target) continue;
        const fix = new vscode.CodeAction(`Change "${o.text}" to "${target}"`, vscode.CodeActionKind.QuickFix);
        fix.edit = new vscode.WorkspaceEdit();
        fix.edit.replace(doc.uri, new vscode.Range(doc.positionAt(o.start), doc.positionAt(o.end)), target);
        fix.isPreferred = c.severity === 'warning';
        out.push(fix);
      }
    }
    return out;
  }
}
