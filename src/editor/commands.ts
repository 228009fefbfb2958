// The palette commands (category "Crosscheck") and the views' context-menu commands. Each takes
// optional arguments that skip its pickers, for menus that already know the target and for tests.
import * as vscode from 'vscode';
import type { AnalysisResult, AnalysisService } from './analysis';
import type { ArticleSet } from './articles';
import { conflictMarkdown, filesWithBom, renderReport, ReportFormat } from './exportReport';
import { articleLabel } from './labels';
import type { ConflictTree, Node } from './tree';

export interface CommandDeps {
  readonly articles: ArticleSet;
  readonly analysis: AnalysisService;
  readonly tree: ConflictTree;
  readonly log: vscode.LogOutputChannel;
  /** Where the loaded folders are remembered for the next session of this workspace. */
  readonly state?: vscode.Memento;
}

const FOLDERS_KEY = 'crosscheck.loadedFolders';

/** Loads again, at the next rescan, the folders loaded in this workspace's last session. */
export function restoreFolders(d: CommandDeps): void {
  const saved = d.state?.get<string[]>(FOLDERS_KEY) ?? [];
  d.articles.restoreFolders(saved.map((s) => vscode.Uri.parse(s)));
  void vscode.commands.executeCommand('setContext', 'crosscheck.hasLoadedFolders', saved.length > 0);
}

function saveFolders(d: CommandDeps): void {
  void d.state?.update(FOLDERS_KEY, d.articles.folders.map((f) => f.toString()));
  void vscode.commands.executeCommand('setContext', 'crosscheck.hasLoadedFolders', d.articles.folders.length > 0);
}

export function registerCommands(d: CommandDeps): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('crosscheck.refresh', () => notifyWhile('Crosscheck: analysing articles', () => rescanAndAnalyse(d))),
    vscode.commands.registerCommand('crosscheck.loadFolder', (folder?: vscode.Uri) => loadFolder(d, folder)),
    vscode.commands.registerCommand('crosscheck.unloadFolders', () => notifyWhile('Crosscheck: analysing articles', async () => {
      await d.articles.unloadFolders();
      saveFolders(d);
      return d.analysis.run();
    })),
    vscode.commands.registerCommand('crosscheck.exportReport', (format?: ReportFormat, target?: vscode.Uri) => exportReport(d, format, target)),
    vscode.commands.registerCommand('crosscheck.copyConflict', (node?: Node) => copyConflict(d, node)),
    vscode.commands.registerCommand('crosscheck.showLog', () => d.log.show()),
  ];
}

export async function rescanAndAnalyse(d: CommandDeps): Promise<AnalysisResult | undefined> {
  await d.articles.rescan();
  return d.analysis.run();
}

/** Runs `work` under a progress notification: for work the user asked for and is waiting on. */
function notifyWhile<T>(title: string, work: () => Promise<T>): Thenable<T> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title }, work);
}

/**
 * Runs `work` showing progress in the status bar, and as a notification too if it takes long
 * enough to be worth a word (a large workspace at start-up), without flashing one every time.
 */
export async function notifyIfSlow<T>(title: string, work: () => Promise<T>, delayMs = 1500): Promise<T> {
  const running = Promise.resolve(vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title }, work));
  const timer = setTimeout(() => void notifyWhile(title, () => running.catch(() => undefined)), delayMs);
  try {
    return await running;
  } finally {
    clearTimeout(timer);
  }
}

async function loadFolder(d: CommandDeps, folder?: vscode.Uri): Promise<number> {
  folder ??= (await vscode.window.showOpenDialog({
    canSelectFolders: true, canSelectFiles: false, canSelectMany: false,
    openLabel: 'Load as Articles', title: 'Crosscheck: load a folder of .txt, .md or .article files as articles',
  }))?.[0];
  if (!folder) return 0;
  const where = articleLabel(folder);
  const loaded = await notifyWhile(`Crosscheck: loading and analysing ${where}`, async () => {
    const found = await d.articles.loadFolder(folder);
    saveFolders(d);
    await d.analysis.run();
    return found.length;
  });
  d.log.info(`loaded ${loaded} article(s) from ${folder.toString()}`);
  if (loaded === 0) {
    void vscode.window.showWarningMessage(`Crosscheck found no .txt, .md or .article files in ${where}. Choose a folder that holds the articles.`, 'Choose Another Folder')
      .then((pick) => pick && vscode.commands.executeCommand('crosscheck.loadFolder'));
  }
  return loaded;
}

const FORMATS: (vscode.QuickPickItem & { format: ReportFormat; ext: string })[] = [
  { label: 'Markdown', description: '.md', detail: 'Conflicts grouped by kind, each passage with file, line and column', format: 'markdown', ext: 'md' },
  { label: 'JSON', description: '.json', detail: 'The report format of the crosscheck command line (version 1)', format: 'json', ext: 'json' },
];

async function exportReport(d: CommandDeps, format?: ReportFormat, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const result = d.analysis.latest ?? await d.analysis.run();
  if (!result) {
    void vscode.window.showErrorMessage('Crosscheck has no analysis to export yet. See the Crosscheck output for why.', 'Show Output').then((p) => p && d.log.show());
    return undefined;
  }
  const choice = format ? FORMATS.find((f) => f.format === format) : await vscode.window.showQuickPick(FORMATS, { title: 'Crosscheck: export report as' });
  if (!choice) return undefined;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  target ??= await vscode.window.showSaveDialog({
    title: 'Crosscheck: export report',
    defaultUri: folder && vscode.Uri.joinPath(folder, `crosscheck-report.${choice.ext}`),
    filters: { [choice.label]: [choice.ext] },
  });
  if (!target) return undefined;
  try {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(renderReport(result, choice.format, choice.format === 'json' ? await filesWithBom(result) : undefined)));
  } catch (e) {
    void vscode.window.showErrorMessage(`Crosscheck could not write ${articleLabel(target)}: ${(e as Error).message}`);
    return undefined;
  }
  const n = result.analysis.conflicts.length;
  void vscode.window.showInformationMessage(`Crosscheck exported ${n} conflict${n === 1 ? '' : 's'} to ${articleLabel(target)}.`, 'Open')
    .then((pick) => pick && vscode.window.showTextDocument(target!));
  return target;
}

async function copyConflict(d: CommandDeps, node?: Node): Promise<string | undefined> {
  node ??= d.tree.view.selection[0];
  const result = d.tree.result;
  if (!node || node.type === 'group' || !result) {
    void vscode.window.showInformationMessage('Select a conflict in the Crosscheck Conflicts view to copy it.');
    return undefined;
  }
  const md = conflictMarkdown(result, node.conflict);
  await vscode.env.clipboard.writeText(md);
  return md;
}
