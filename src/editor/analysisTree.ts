// What the Conflicts and People views share: a tree built whole from each analysis (so nodes keep
// their identity for `reveal`), its TreeView, and line numbers read from the analysed texts.
import * as vscode from 'vscode';
import type { AnalysisResult } from './analysis';
import { LineIndex } from './convert';
import { Disposable } from './dispose';

/** A node knows its children (none for a leaf) and its parent (none for a root). */
export interface TreeNode<N> {
  readonly children?: N[];
  readonly parent?: N;
}

/** `N` is any node, `R` a root. */
export abstract class AnalysisTree<N extends TreeNode<N>, R extends N = N> extends Disposable implements vscode.TreeDataProvider<N> {
  #result: AnalysisResult | undefined;
  #roots: R[] = [];
  #lines = new Map<string, LineIndex>();
  readonly #onDidChangeTreeData = this._register(new vscode.EventEmitter<void>());
  readonly onDidChangeTreeData = this.#onDidChangeTreeData.event;
  readonly view: vscode.TreeView<N>;

  constructor(viewId: string) {
    super();
    this.view = this._register(vscode.window.createTreeView(viewId, { treeDataProvider: this, showCollapseAll: true }));
  }

  get result(): AnalysisResult | undefined {
    return this.#result;
  }

  protected get roots(): readonly R[] {
    return this.#roots;
  }

  /** Shows the tree built from `result`. */
  protected show(result: AnalysisResult, roots: R[]): void {
    this.#result = result;
    this.#lines = new Map();
    this.#roots = roots;
    this.#onDidChangeTreeData.fire();
  }

  getChildren(node?: N): N[] {
    return node ? node.children ?? [] : this.#roots;
  }

  getParent(node: N): N | undefined {
    return node.parent;
  }

  abstract getTreeItem(node: N): vscode.TreeItem;

  /** The URI of an analysed article; a path the analysis does not know is read as a URI. */
  protected uriOf(path: string): vscode.Uri {
    return this.#result?.articles.get(path)?.uri ?? vscode.Uri.parse(path);
  }

  /** The 1-based line of an offset into an analysed article. */
  protected line(path: string, offset: number): number {
    let index = this.#lines.get(path);
    if (!index) this.#lines.set(path, index = new LineIndex(this.#result?.articles.get(path)?.text ?? ''));
    return index.position(offset).line + 1;
  }
}
