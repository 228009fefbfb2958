// Wires the features together; each lives in its own file and is disposed with the extension.
import * as vscode from 'vscode';
import { AnalysisService } from './analysis';
import { ArticleSet } from './articles';
import { SpellingFixes } from './codeActions';
import { Config } from './config';
import { ConflictDiagnostics } from './diagnostics';
import { PersonHover } from './hover';
import { Status } from './status';
import { ConflictTree, REVEAL_COMMAND, revealOccurrence } from './tree';

/** What the extension exposes to its integration tests. */
export interface CrosscheckApi {
  readonly analysis: AnalysisService;
  readonly tree: ConflictTree;
  readonly articles: ArticleSet;
}

export async function activate(context: vscode.ExtensionContext): Promise<CrosscheckApi> {
  const log = vscode.window.createOutputChannel('Crosscheck', { log: true });
  context.subscriptions.push(log);
  try {
    const config = new Config();
    const articles = new ArticleSet(config);
    const analysis = new AnalysisService(context.extensionPath, articles, config, log);
    const diagnostics = new ConflictDiagnostics();
    const tree = new ConflictTree();
    const status = new Status();
    context.subscriptions.push(config, articles, analysis, diagnostics, tree, status, new PersonHover(analysis), new SpellingFixes(analysis));

    context.subscriptions.push(
      analysis.onDidAnalyse((r) => { diagnostics.update(r); tree.update(r); status.update(r); }),
      analysis.onDidChangeBusy((b) => status.busy(b)),
      articles.onDidSkip((list) => {
        status.skipped(list);
        log.warn(`skipped ${list.length} file(s): ${list.map((s) => `${s.uri.toString()} (${s.reason})`).join('; ')}`);
      }),
      vscode.commands.registerCommand('crosscheck.refresh', async () => { await articles.rescan(); return analysis.run(); }),
      vscode.commands.registerCommand(REVEAL_COMMAND, revealOccurrence),
    );
    await articles.rescan();
    await analysis.run();
    return { analysis, tree, articles };
  } catch (e) {
    // VS Code does not tell the user when activation fails, so say it here.
    log.error(`activation failed: ${(e as Error).stack ?? e}`);
    void vscode.window.showErrorMessage(`Crosscheck could not start: ${(e as Error).message}. See the Crosscheck output for details.`, 'Show Output').then((pick) => pick && log.show());
    throw e;
  }
}

export function deactivate(): void {
  // Everything is in context.subscriptions.
}
