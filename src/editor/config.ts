// The only reader of Crosscheck's settings. Values are checked in settings.ts: a hostile or mistyped
// value falls back to a default with a warning, and in Restricted Mode the settings that widen which
// files are read come only from the user.
import * as vscode from 'vscode';
import { Disposable } from './dispose';
import { checkSettings, Settings, SettingsChange, settingsChange, trustedSource } from './settings';

export type { Settings, SettingsChange };

function read(): { settings: Settings; warnings: readonly string[] } {
  const { source, ignored } = trustedSource(vscode.workspace.getConfiguration('crosscheck'), vscode.workspace.isTrusted);
  const { settings, warnings } = checkSettings(source);
  return { settings, warnings: [...ignored, ...warnings] };
}

export class Config extends Disposable {
  #current = read();
  readonly #onDidChange = this._register(new vscode.EventEmitter<SettingsChange>());
  /** Fires with what changed, so each feature redoes only what the change affects. */
  readonly onDidChange = this.#onDidChange.event;

  constructor() {
    super();
    const reload = () => {
      const before = this.#current.settings;
      this.#current = read();
      this.#onDidChange.fire(settingsChange(before, this.#current.settings));
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
