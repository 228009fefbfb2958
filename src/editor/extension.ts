// Wires the features together; each lives in its own file and is disposed with the extension. What
// differs between desktop and browser comes in a Host from the entry point (desktop.ts, web/extension.ts).
import * as vscode from 'vscode';
import { AnalysisService } from './analysis';
import { ArticleFolders } from './articleFolders';
import { ArticleSet, ReadFile } from './articles';
import { acceptEntry, AcceptedVariant, hideAccepted } from '../core/accepted';
import { AcceptedVariants } from './acceptedFile';
import { ACCEPT_COMMAND, ConflictFixes } from './codeActions';
import { notifyIfSlow, registerCommands, rescanAndAnalyse, restoreFolders } from './commands';
import { Config } from './config';
import { ConflictDiagnostics, loadReadme, readmeUris } from './diagnostics';
import { ConflictHover } from './hover';
import { PeopleTree } from './people';
import { Notices } from './notices';
import { Status } from './status';
import { startTime } from './startTime';
import { ConflictTree, Node, REVEAL_COMMAND, revealOccurrence } from './tree';
import type { StartWorker } from '../worker/workerThread';

/** What the extension exposes to its integration tests. */
export interface CrosscheckApi {
  readonly analysis: AnalysisService;
  readonly tree: ConflictTree;
  readonly people: PeopleTree;
  readonly articles: ArticleSet;
  readonly articleFolders: ArticleFolders;
  readonly status: Status;
  readonly notices: Notices;
  readonly accepted: AcceptedVariants;
  readonly diagnostics: ConflictDiagnostics;
  /** From evaluating the bundle to the end of activate(), first scan and analysis included (npm run bench). */
  readonly activationMs: number;
}

/** What the desktop and the browser builds provide differently. */
export interface Host {
  readonly startWorker: StartWorker;
  /** Folder for the analysis worker's disk cache; none in the browser. */
  readonly cacheDir?: string;
  /** Reads a local file's start without reading it whole; workspace.fs reads the rest. */
  readonly readLocalFile?: ReadFile;
}

export async function activateWith(context: vscode.ExtensionContext, host: Host): Promise<CrosscheckApi> {
  const log = vscode.window.createOutputChannel('Crosscheck', { log: true });
  context.subscriptions.push(log);
  try {
    const config = new Config();
    // The rules' documentation opens from diagnostic codes: reading it must not add it to the comparison.
    const articles = new ArticleSet(config, readmeUris(context.extensionUri), host.readLocalFile);
    // The folders of the open .txt/.md articles; looked at in the background, never holding up activation.
    const articleFolders = new ArticleFolders(config, context.workspaceState, log);
    articles.setFolderPolicy(articleFolders);
    void articleFolders.lookAtOpenDocuments();
    const analysis = new AnalysisService(articles, config, log, {
      startWorker: host.startWorker,
      cacheDir: host.cacheDir,
      testHooks: context.extensionMode === vscode.ExtensionMode.Test,
    });
    const diagnostics = new ConflictDiagnostics(loadReadme(context.extensionUri), config);
    const tree = new ConflictTree(config);
    const people = new PeopleTree();
    const status = new Status();
    const notices = new Notices(log);
    const accepted = new AcceptedVariants(log);
    context.subscriptions.push(config, articleFolders, articles, analysis, diagnostics, tree, people, status, notices, accepted, new ConflictHover(analysis), new ConflictFixes(analysis));
    // Kinds the user does not check and accepted variants are hidden everywhere: diagnostics, views, status.
    analysis.refineWith((a) => ({ ...a, conflicts: hideAccepted(a.conflicts.filter((c) => config.settings.kinds.includes(c.kind)), accepted.all) }));

    context.subscriptions.push(
      analysis.onDidAnalyse((r) => { diagnostics.update(r); tree.update(r); people.update(r); status.update(r); }),
      analysis.onDidChangeBusy((b) => status.busy(b)),
      articles.onDidSkip((list) => { status.skipped(list); notices.skipped(list); }),
      analysis.onDidFail((reason) => notices.analysisFailed(reason)),
      config.onDidChange(() => notices.settings(config.warnings)),
      ...registerCommands({ articles, analysis, tree, log, state: context.workspaceState }),
      vscode.commands.registerCommand(REVEAL_COMMAND, revealOccurrence),
      // Accepting changes which conflicts are shown, not what the analysis found: no new analysis.
      accepted.onDidChange(() => analysis.republish()),
      vscode.commands.registerCommand(ACCEPT_COMMAND, async (what: AcceptedVariant | Node, near?: string) => {
        // From a code action: the entry; from the Conflicts view's context menu: the node.
        const entry = 'variants' in what ? what : what.type === 'occurrence' ? acceptEntry(what.conflict, what.occurrence) : what.type === 'conflict' ? acceptEntry(what.conflict) : undefined;
        if (!entry) return false;
        const uri = near ? vscode.Uri.parse(near) : 'occurrence' in what ? analysis.latest?.articles.get(what.occurrence.path)?.uri : undefined;
        if (!(await accepted.accept(entry, uri))) return false;
        // The result was re-published as the file was read back; resolve once the squiggles show it.
        await diagnostics.settled;
        return true;
      }),
    );
    notices.settings(config.warnings);
    await accepted.load();
    restoreFolders({ articles, analysis, tree, log, state: context.workspaceState });
    await notifyIfSlow('Crosscheck: analysing the workspace articles', () => rescanAndAnalyse({ articles, analysis, tree, log }));
    return { analysis, tree, people, articles, articleFolders, status, notices, accepted, diagnostics, activationMs: performance.now() - startTime };
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
