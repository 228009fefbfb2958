// The Conflicts view: conflicts grouped by kind, each expanding to its occurrences; clicking an
// occurrence opens the article at the passage.
import * as vscode from 'vscode';
import type { AnalysisResult } from './analysis';
import type { Conflict, ConflictKind, Occurrence } from './core';
import { Disposable } from './dispose';
import { articleLabel, snippet } from './labels';

export const REVEAL_COMMAND = 'crosscheck.revealOccurrence';
const GROUPS: { kind: ConflictKind; label: string; icon: string }[] = [
  { kind: 'person', label: 'Names', icon: 'person' },
  { kind: 'quote', label: 'Quotes', icon: 'quote' },
  { kind: 'number', label: 'Figures', icon: 'symbol-number' },
];

export type Node =
  | { type: 'group'; kind: ConflictKind; label: string; icon: string; conflicts: Conflict[] }
  | { type: 'conflict'; conflict: Conflict }
  | { type: 'occurrence'; occurrence: Occurrence; conflict: Conflict };

export class ConflictTree extends Disposable implements vscode.TreeDataProvider<Node> {
  #result: AnalysisResult | undefined;
  readonly #onDidChangeTreeData = this._register(new vscode.EventEmitter<void>());
  readonly onDidChangeTreeData = this.#onDidChangeTreeData.event;
  readonly view: vscode.TreeView<Node>;

  constructor() {
    super();
    this.view = this._register(vscode.window.createTreeView('crosscheck.conflicts', { treeDataProvider: this, showCollapseAll: true }));
  }

  update(result: AnalysisResult): void {
    this.#result = result;
    const n = result.analysis.conflicts.length;
    this.view.badge = n ? { value: n, tooltip: `${n} conflict${n === 1 ? '' : 's'}` } : undefined;
    this.#onDidChangeTreeData.fire();
  }

  getChildren(node?: Node): Node[] {
    const conflicts = this.#result?.analysis.conflicts ?? [];
    if (!node) {
      return GROUPS.map((g) => ({ type: 'group' as const, ...g, conflicts: conflicts.filter((c) => c.kind === g.kind) })).filter((g) => g.conflicts.length);
    }
    if (node.type === 'group') return node.conflicts.map((conflict) => ({ type: 'conflict', conflict }));
    if (node.type === 'conflict') return node.conflict.occurrences.map((occurrence) => ({ type: 'occurrence', occurrence, conflict: node.conflict }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.type === 'group') {
      const item = new vscode.TreeItem(`${node.label} (${node.conflicts.length})`, vscode.TreeItemCollapsibleState.Expanded);
      item.iconPath = new vscode.ThemeIcon(node.icon);
      return item;
    }
    if (node.type === 'conflict') {
      const c = node.conflict;
      const item = new vscode.TreeItem(c.subject ?? snippet(c.message, 40), vscode.TreeItemCollapsibleState.Collapsed);
      item.description = c.message;
      item.tooltip = c.message;
      item.iconPath = new vscode.ThemeIcon(c.severity === 'warning' || c.severity === 'error' ? 'warning' : 'info');
      return item;
    }
    const o = node.occurrence;
    const uri = this.#result!.articles.get(o.path)!.uri;
    const item = new vscode.TreeItem(snippet(o.text), vscode.TreeItemCollapsibleState.None);
    item.description = articleLabel(uri);
    item.resourceUri = uri;
    item.command = { command: REVEAL_COMMAND, title: 'Go to Passage', arguments: [uri.toString(), o.start, o.end] };
    return item;
  }
}

/** Opens an article and selects a passage given by engine offsets. */
export async function revealOccurrence(uri: string, start: number, end: number): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
  return vscode.window.showTextDocument(doc, { selection: range, preserveFocus: false });
}
