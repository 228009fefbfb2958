// The only reader of Crosscheck's settings. Values are clamped to sane ranges so a hostile or mistyped
// setting degrades to a default instead of hanging or crashing the analysis.
import * as vscode from 'vscode';
import { Disposable } from './dispose';
import { readSettings, Settings } from './settings';

export type { Settings };

export class Config extends Disposable {
  #settings = readSettings(vscode.workspace.getConfiguration('crosscheck'));
  readonly #onDidChange = this._register(new vscode.EventEmitter<Settings>());
  readonly onDidChange = this.#onDidChange.event;

  constructor() {
    super();
    this._register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('crosscheck')) return;
      this.#settings = readSettings(vscode.workspace.getConfiguration('crosscheck'));
      this.#onDidChange.fire(this.#settings);
    }));
  }

  get settings(): Settings {
    return this.#settings;
  }
}
