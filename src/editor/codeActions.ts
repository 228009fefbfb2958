// Quick fixes on a flagged passage: take the spelling, wording or figure another article uses (one
// undoable edit to this article only), or accept this version so it is no longer flagged.
import * as vscode from 'vscode';
import { acceptEntry, ACCEPTED_FILE, preferredKey, variantKey } from '../core/accepted';
import type { AnalysisService } from './analysis';
import { ARTICLE_LANGUAGES, isCurrent } from './articles';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { Disposable } from './dispose';
import { fixesFor } from './fixes';
import { articleLabel, snippet } from './labels';

export const ACCEPT_COMMAND = 'crosscheck.acceptVariant';

export class ConflictFixes extends Disposable implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly analysis: AnalysisService) {
    super();
    this._register(vscode.languages.registerCodeActionsProvider(ARTICLE_LANGUAGES.map((language) => ({ language })), this, { providedCodeActionKinds: ConflictFixes.kinds }));
  }

  provideCodeActions(doc: vscode.TextDocument, range: vscode.Range | vscode.Selection, context?: vscode.CodeActionContext): vscode.CodeAction[] {
    const result = this.analysis.latest;
    const key = doc.uri.toString();
    // Offsets are into the analysed text; after an edit, fixes wait for the next analysis.
    if (!result || !isCurrent(result.articles.get(key), doc)) return [];
    const label = (path: string) => articleLabel(result.articles.get(path)!.uri);
    const at = doc.offsetAt(range.start), to = doc.offsetAt(range.end);
    const out: vscode.CodeAction[] = [];
    for (const c of result.analysis.conflicts) {
      for (const o of c.occurrences) {
        if (o.path !== key || o.end < at || o.start > to) continue;
        const span = new vscode.Range(doc.positionAt(o.start), doc.positionAt(o.end));
        const diagnostics = context?.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && d.range.isEqual(span));
        for (const f of fixesFor(c, o, label)) {
          const fix = new vscode.CodeAction(f.title, vscode.CodeActionKind.QuickFix);
          fix.edit = new vscode.WorkspaceEdit();
          fix.edit.replace(doc.uri, new vscode.Range(doc.positionAt(f.start), doc.positionAt(f.end)), f.text);
          fix.isPreferred = f.preferred;
          fix.diagnostics = diagnostics;
          out.push(fix);
        }
        const entry = acceptEntry(c, o);
        const mine = variantKey(c, o);
        const title = entry.variants.length === 2 && mine !== preferredKey(c)
          ? `Accept '${snippet(mine, 50)}' as a variant (${ACCEPTED_FILE})`
          : `Accept every version as a variant (${ACCEPTED_FILE})`;
        const accept = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        accept.command = { command: ACCEPT_COMMAND, title, arguments: [entry, key] };
        accept.diagnostics = diagnostics;
        out.push(accept);
      }
    }
    return out;
  }
}
