// The only reader of Crosscheck's settings. Values are checked in settings.ts: a hostile or mistyped
// value falls back to a default with a warning, and in Restricted Mode the settings that widen which
// files are read come only from the user.
import * as vscode from 'vscode';
import { Disposable } from './dispose';
import { checkSettings, Settings, trustedSource } from './settings';

export type { Settings };

function read(): { settings: Settings; warnings: readonly string[] } {
  const { source, ignored } = trustedSource(vscode.workspace.getConfiguration('crosscheck'), vscode.workspace.isTrusted);
  const { settings, warnings } = checkSettings(source);
  return { settings, warnings: [...ignored, ...warnings] };
}

export class Config extends Disposable {
  #current = read();
  readonly #onDidChange = this._register(new vscode.EventEmitter<Settings>());
  readonly onDidChange = this.#onDidChange.event;

  constructor() {
    super();
    const reload = () => {
      this.#current = read();
      this.#onDidChange.fire(this.#current.settings);
    };
    this._register(vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('crosscheck')) reload(); }));
    this._register(vscode.workspace.onDidGrantWorkspaceTrust(reload));
  }

  get settings(): Settings {
    return this.#current.settings;
  }

  /** Why some settings are not used as written; empty when all are fine. */
  get warnings(): readonly string[] {
    return this.#current.warnings;
  }
}
