// Status bar item: the number of conflicts, a spinner while analysing, a click opens the view.
import * as vscode from 'vscode';
import type { AnalysisResult } from './analysis';
import type { Skipped } from './articles';
import { Disposable } from './dispose';

export class Status extends Disposable {
  readonly #item = this._register(vscode.window.createStatusBarItem('crosscheck.status', vscode.StatusBarAlignment.Left, 10));
  #text = '$(checklist) Crosscheck';
  #skipped: readonly Skipped[] = [];

  constructor() {
    super();
    this.#item.name = 'Crosscheck';
    this.#item.command = 'crosscheck.conflicts.focus';
    this.#render();
    this.#item.show();
  }

  /** What the status bar shows, for tests. */
  get item(): Pick<vscode.StatusBarItem, 'text' | 'tooltip' | 'command'> {
    return this.#item;
  }

  busy(on: boolean): void {
    this.#item.text = on ? '$(sync~spin) Crosscheck' : this.#text;
  }

  update(result: AnalysisResult): void {
    const n = result.analysis.conflicts.length;
    const articles = result.articles.size;
    // A check mark only when there was something to compare.
    this.#text = n ? `$(warning) Crosscheck: ${n}` : articles < 2 ? '$(checklist) Crosscheck' : '$(check) Crosscheck';
    const summary = `${articles} article${articles === 1 ? '' : 's'} loaded, ${n} conflict${n === 1 ? '' : 's'}`;
    this.#item.tooltip = summary +
      (this.#skipped.length ? `\n${this.#skipped.length} file(s) skipped: ${this.#skipped.map((s) => `${vscode.workspace.asRelativePath(s.uri)} (${s.reason})`).join('; ')}` : '') +
      (articles < 2 ? '\nOpen two or more articles about one event to compare them.' : '\nClick to show the conflicts.');
    this.#item.accessibilityInformation = { label: `Crosscheck: ${summary}` };
    this.#render();
  }

  skipped(list: readonly Skipped[]): void {
    this.#skipped = list;
  }

  #render(): void {
    this.#item.text = this.#text;
  }
}
