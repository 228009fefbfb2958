// The Conflicts view: conflicts grouped by kind, each expanding to its occurrences; clicking an
// occurrence opens the article at the passage. With `crosscheck.followActiveEditor` on, the view
// selects the conflict under the cursor of the active article.
import * as vscode from 'vscode';
import type { AnalysisResult } from './analysis';
import { AnalysisTree } from './analysisTree';
import { isCurrent } from './articles';
import type { Config } from './config';
import type { Conflict, ConflictKind, Occurrence } from '../core';
import { articleLabel, snippet } from './labels';
import { uniqueIds } from './treeIds';

export const REVEAL_COMMAND = 'crosscheck.revealOccurrence';
const GROUPS: { kind: ConflictKind; label: string; icon: string }[] = [
  { kind: 'person', label: 'Names', icon: 'person' },
  { kind: 'quote', label: 'Quotes', icon: 'quote' },
  { kind: 'number', label: 'Figures', icon: 'symbol-number' },
];

export type GroupNode = { type: 'group'; id: string; kind: ConflictKind; label: string; icon: string; conflicts: Conflict[]; children: ConflictNode[] };
export type ConflictNode = { type: 'conflict'; id: string; conflict: Conflict; parent: GroupNode; children: OccurrenceNode[] };
export type OccurrenceNode = { type: 'occurrence'; id: string; occurrence: Occurrence; conflict: Conflict; parent: ConflictNode };
export type Node = GroupNode | ConflictNode | OccurrenceNode;

export class ConflictTree extends AnalysisTree<Node, GroupNode> {
  #following: Promise<void> = Promise.resolve();
  #followRequests = 0;

  constructor(private readonly config: Config) {
    super('crosscheck.conflicts');
    const follow = () => void this.followEditor(vscode.window.activeTextEditor);
    this._register(vscode.window.onDidChangeActiveTextEditor(follow));
    this._register(vscode.window.onDidChangeTextEditorSelection((e) => { if (e.textEditor === vscode.window.activeTextEditor) follow(); }));
    this._register(this.view.onDidChangeVisibility(follow));
  }

  update(result: AnalysisResult): void {
    const n = result.analysis.conflicts.length;
    this.view.badge = n ? { value: n, tooltip: `${n} conflict${n === 1 ? '' : 's'} between the loaded articles` } : undefined;
    // Chooses the welcome text: what to load, or that the loaded articles agree.
    void vscode.commands.executeCommand('setContext', 'crosscheck.enoughArticles', result.articles.size >= 2);
    this.show(result, buildNodes(result.analysis.conflicts));
    void this.followEditor(vscode.window.activeTextEditor);
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.type === 'group') {
      const item = new vscode.TreeItem(`${node.label} (${node.conflicts.length})`, vscode.TreeItemCollapsibleState.Expanded);
      item.id = node.id;
      item.iconPath = new vscode.ThemeIcon(node.icon);
      return item;
    }
    if (node.type === 'conflict') {
      const c = node.conflict;
      const item = new vscode.TreeItem(`${c.subject ?? snippet(c.message, 40)} (${c.occurrences.length})`, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = node.id;
      item.description = c.message;
      item.tooltip = c.message;
      item.contextValue = 'conflict';
      item.iconPath = new vscode.ThemeIcon(c.severity === 'warning' || c.severity === 'error' ? 'warning' : 'info');
      return item;
    }
    const o = node.occurrence;
    const uri = this.uriOf(o.path);
    const line = this.line(o.path, o.start);
    const item = new vscode.TreeItem(snippet(o.text), vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    item.description = `${articleLabel(uri)}:${line}${o.speaker ? ` · ${o.speaker}` : ''}`;
    item.tooltip = `${o.text}\n\n${articleLabel(uri)}, line ${line}${o.speaker ? `, credited to ${o.speaker}` : ''}`;
    // The spelling that differs gets the mark; a file icon with problem counts would repeat the editor's.
    item.iconPath = new vscode.ThemeIcon(o.rule ? 'warning' : 'file-text');
    item.contextValue = 'occurrence';
    item.command = { command: REVEAL_COMMAND, title: 'Go to Passage', arguments: [uri.toString(), o.start, o.end] };
    return item;
  }

  /**
   * Selects the conflict at the cursor of `editor` (or its article's first one) when following is on.
   * One reveal at a time, and only the latest request: two in flight can finish in either order, which
   * left the conflict at an earlier cursor selected after a quick move (or the view shown, then a move).
   */
  followEditor(editor: vscode.TextEditor | undefined): Promise<void> {
    const request = ++this.#followRequests;
    const turn = this.#following.then(() => (request === this.#followRequests ? this.#select(editor) : undefined));
    this.#following = turn.catch(() => undefined);
    return turn;
  }

  async #select(editor: vscode.TextEditor | undefined): Promise<void> {
    if (!editor || !this.view.visible || !this.config.settings.followActiveEditor) return;
    const key = editor.document.uri.toString();
    // Offsets are into the analysed text: after an unanalysed edit they may point elsewhere.
    if (!isCurrent(this.result?.articles.get(key), editor.document)) return;
    const at = editor.document.offsetAt(editor.selection.active);
    const inArticle = this.roots.flatMap((g) => g.children.flatMap((c) => c.children)).filter((o) => o.occurrence.path === key);
    const target = inArticle.find((o) => o.occurrence.start <= at && at <= o.occurrence.end) ?? inArticle[0];
    if (!target || this.view.selection.some((s) => s.id === target.id || s.id === target.parent.id)) return;
    try {
      await this.view.reveal(target, { select: true, focus: false, expand: true });
    } catch {
      // The tree was rebuilt while revealing: the next update follows again.
    }
  }
}

/**
 * Builds the whole tree once per analysis, so that nodes keep their identity for `reveal` and stable
 * ids keep what the user expanded across re-analyses.
 */
function buildNodes(conflicts: readonly Conflict[]): GroupNode[] {
  const unique = uniqueIds();
  const groups: GroupNode[] = [];
  for (const g of GROUPS) {
    const list = conflicts.filter((c) => c.kind === g.kind);
    if (!list.length) continue;
    const group: GroupNode = { type: 'group', id: `group:${g.kind}`, ...g, conflicts: list, children: [] };
    for (const conflict of list) {
      const node: ConflictNode = { type: 'conflict', id: unique(`conflict:${g.kind}:${conflict.subject ?? conflict.message}`), conflict, parent: group, children: [] };
      node.children = conflict.occurrences.map((occurrence) => ({ type: 'occurrence', id: unique(`${node.id}|${occurrence.path}:${occurrence.start}`), occurrence, conflict, parent: node }));
      group.children.push(node);
    }
    groups.push(group);
  }
  return groups;
}

/** Opens an article and selects a passage given by engine offsets. */
export async function revealOccurrence(uri: string, start: number, end: number): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
  return vscode.window.showTextDocument(doc, { selection: range, preserveFocus: false });
}
