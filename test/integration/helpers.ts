// Shared helpers for the suites that run inside VS Code.
import * as vscode from 'vscode';
import type { CrosscheckApi } from '../../src/extension';

export const EXTENSION_ID = 'crosscheck.crosscheck';

export async function api(): Promise<CrosscheckApi> {
  const ext = vscode.extensions.getExtension<CrosscheckApi>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not installed in this host`);
  return ext.activate();
}

export function sample(name: string): vscode.Uri {
  return vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, name);
}

/** Polls until `fn` returns something truthy; analysis is debounced and runs in a worker. */
export async function waitFor<T>(what: string, fn: () => T | undefined | false | Promise<T | undefined | false>, ms = 15000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The rule id a Crosscheck diagnostic is flagged under ("name-typo", "quote-wording"...). */
export function ruleOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}
