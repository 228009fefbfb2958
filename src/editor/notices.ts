// What Crosscheck tells the user about input it could not use as given: settings that fell back to a
// default, files skipped or analysed only in part. Each piece of news is shown once per session, so
// a rescan or a settings change never floods the user with the same message.
import * as vscode from 'vscode';
import type { Skipped } from './articles';
import { Disposable } from './dispose';

export class Notices extends Disposable {
  readonly #seen = new Set<string>();
  readonly #history: string[] = [];

  constructor(private readonly log: vscode.LogOutputChannel) {
    super();
  }

  /** Every message shown so far, oldest first: what the user was told (read by the integration tests). */
  get history(): readonly string[] {
    return this.#history;
  }

  settings(warnings: readonly string[]): void {
    const fresh = warnings.filter((w) => this.#first(`setting ${w}`));
    if (!fresh.length) return;
    for (const w of fresh) this.log.warn(w);
    const text = fresh.length === 1
      ? `Crosscheck: ${fresh[0]}`
      : `Crosscheck: ${fresh.length} settings are not used as written, see the Crosscheck output. ${fresh[0]}`;
    this.#show('warning', text, 'Open Settings');
  }

  skipped(list: readonly Skipped[]): void {
    const fresh = list.filter((s) => this.#first(`skip ${s.uri.toString()} ${s.reason}`));
    if (!fresh.length) return;
    this.log.warn(`skipped ${fresh.length} file(s): ${fresh.map((s) => `${s.uri.toString()} (${s.reason})`).join('; ')}`);
    const partial = fresh.filter((s) => s.partial);
    const whole = fresh.filter((s) => !s.partial);
    if (partial.length) {
      const what = partial.length === 1 ? vscode.workspace.asRelativePath(partial[0].uri) : `${partial.length} files`;
      this.#show('information', `Crosscheck analysed only the start of ${what}: ${partial[0].reason}. The rest was skipped; raise crosscheck.maxFileSizeKB to analyse more.`, 'Open Settings');
    }
    if (whole.length) {
      const text = whole.length === 1
        ? `Crosscheck skipped ${vscode.workspace.asRelativePath(whole[0].uri)}: ${whole[0].reason}.`
        : `Crosscheck skipped ${whole.length} files (${[...new Set(whole.map((s) => s.reason))].slice(0, 3).join('; ')}). The Crosscheck output lists them.`;
      this.#show('information', text, 'Show Output');
    }
  }

  /** The analysis worker crashed or hung and was restarted: said once per session, however often. */
  analysisFailed(reason: string): void {
    if (!this.#first('analysis failed')) return;
    this.#show('warning', `Crosscheck restarted its analysis: ${reason}. Results are refreshed automatically; the Crosscheck output has details.`, 'Show Output');
  }

  #first(key: string): boolean {
    if (this.#seen.has(key)) return false;
    this.#seen.add(key);
    return true;
  }

  #show(level: 'warning' | 'information', text: string, action: 'Open Settings' | 'Show Output'): void {
    this.#history.push(text);
    const show = level === 'warning' ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
    void show(text, action).then((pick) => {
      if (pick === 'Open Settings') void vscode.commands.executeCommand('workbench.action.openSettings', 'crosscheck');
      else if (pick === 'Show Output') this.log.show();
    });
  }
}
