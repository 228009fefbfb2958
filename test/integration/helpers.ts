// Shared helpers for the suites that run inside VS Code.
import * as vscode from 'vscode';
import type { AnalysisResult } from '../../src/editor/analysis';
import type { CrosscheckApi } from '../../src/editor/extension';

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

/**
 * The latest analysis once it is of the very article objects loaded now, so no analysis of them is
 * still to come. Wait first for a change to reach the loaded articles (a file read, dropped or cut
 * again): this then waits for the analysis that follows it. A test that changes files, documents or
 * settings ends with this, so the next one starts from a settled workspace.
 */
export async function analysisOfLoaded(): Promise<AnalysisResult> {
  const { analysis, articles } = await api();
  return waitFor('an analysis of the articles loaded now', () => {
    const latest = analysis.latest;
    const loaded = articles.all();
    return latest && latest.articles.size === loaded.length && loaded.every((a) => latest.articles.get(a.key) === a) && latest;
  });
}

/** Waits for these documents or files to leave the loaded articles, then for the analysis without them. */
export async function analysedWithout(...uris: vscode.Uri[]): Promise<AnalysisResult> {
  const { articles } = await api();
  await waitFor(`${uris.map((u) => u.path.split('/').pop()).join(', ')} to leave the loaded articles`, () => uris.every((u) => !articles.get(u.toString())));
  return analysisOfLoaded();
}

/** The rule id a Crosscheck diagnostic is flagged under ("name-typo", "quote-wording"...). */
export function ruleOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** Copies the named files of a fixture folder into the workspace; in the browser the extension is served over HTTP. */
export async function copyFixture(name: string, files: readonly string[], as = name): Promise<vscode.Uri> {
  const from = vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, 'test', 'integration', 'fixtures', name);
  const to = sample(as);
  for (const f of files) {
    const src = vscode.Uri.joinPath(from, ...f.split('/'));
    const bytes = src.scheme.startsWith('http')
      ? new Uint8Array(await (await fetch(src.toString(true))).arrayBuffer())
      : await vscode.workspace.fs.readFile(src);
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(to, ...f.split('/')), bytes);
  }
  return to;
}
