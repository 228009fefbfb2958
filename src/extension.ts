// Wires the features together; each lives in its own file and is disposed with the extension.
import * as vscode from 'vscode';
import { AnalysisService } from './analysis';
import { ArticleSet } from './articles';
import { SpellingFixes } from './codeActions';
import { notifyIfSlow, registerCommands, rescanAndAnalyse } from './commands';
import { Config } from './config';
import { ConflictDiagnostics } from './diagnostics';
import { PersonHover } from './hover';
import { PeopleTree } from './people';
import { Notices } from './notices';
import { Status } from './status';
import { ConflictTree, REVEAL_COMMAND, revealOccurrence } from './tree';

/** What the extension exposes to its integration tests. */
export interface CrosscheckApi {
  readonly analysis: AnalysisService;
  readonly tree: ConflictTree;
  readonly people: PeopleTree;
  readonly articles: ArticleSet;
  readonly status: Status;
  readonly notices: Notices;
}

export async function activate(context: vscode.ExtensionContext): Promise<CrosscheckApi> {
  const log = vscode.window.createOutputChannel('Crosscheck', { log: true });
  context.subscriptions.push(log);
  try {
    const config = new Config();
    const articles = new ArticleSet(config);
    const analysis = new AnalysisService(context.extensionPath, articles, config, log);
    const diagnostics = new ConflictDiagnostics();
    const tree = new ConflictTree(config);
    const people = new PeopleTree();
    const status = new Status();
    const notices = new Notices(log);
    context.subscriptions.push(config, articles, analysis, diagnostics, tree, people, status, notices, new PersonHover(analysis), new SpellingFixes(analysis));

    context.subscriptions.push(
      analysis.onDidAnalyse((r) => { diagnostics.update(r); tree.update(r); people.update(r); status.update(r); }),
      analysis.onDidChangeBusy((b) => status.busy(b)),
      articles.onDidSkip((list) => { status.skipped(list); notices.skipped(list); }),
      config.onDidChange(() => notices.settings(config.warnings)),
      ...registerCommands({ articles, analysis, tree, log }),
      vscode.commands.registerCommand(REVEAL_COMMAND, revealOccurrence),
    );
    notices.settings(config.warnings);
    await notifyIfSlow('Crosscheck: analysing the workspace articles', () => rescanAndAnalyse({ articles, analysis, tree, log }));
    return { analysis, tree, people, articles, status, notices };
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
