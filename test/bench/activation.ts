// Run by scripts/bench/web.mjs as the extension tests of a VS Code host (the browser's and the
// desktop's), on a workspace whose articles are .txt files, which Crosscheck does not load unless
// opened. Reports the extension's own activation time (its bundle evaluated, the features set up, the
// worker started, an empty first scan and analysis: the host may have activated it before this runs),
// then times the first analysis of the articles once opened (compromise loaded in the worker, the
// texts parsed, the results published). Prints one `BENCH {json}` line.
import * as vscode from 'vscode';
import type { CrosscheckApi } from '../../src/editor/extension';

const now = () => performance.now();

export async function run(): Promise<void> {
  const ext = vscode.extensions.getExtension<CrosscheckApi>('crosscheck.crosscheck');
  if (!ext) throw new Error('crosscheck.crosscheck is not installed in this host');
  const api = await ext.activate();
  const files = (await vscode.workspace.findFiles('**/*.txt')).sort((a, b) => a.path.localeCompare(b.path));
  const t1 = now();
  for (const f of files) await vscode.workspace.openTextDocument(f);
  for (;;) {
    const latest = api.analysis.latest;
    if (latest && latest.articles.size >= files.length && files.every((f) => latest.articles.has(f.toString()))) break;
    if (now() - t1 > 60_000) throw new Error('no analysis of the opened articles within 60 s');
    await new Promise((r) => setTimeout(r, 5));
  }
  const firstAnalysisMs = now() - t1;
  console.log(`BENCH ${JSON.stringify({ activateMs: api.activationMs, firstAnalysisMs, articles: files.length, conflicts: api.analysis.latest!.analysis.conflicts.length })}`);
  // Each runner's summary line (code-server's workbench is a web one too, so uiKind cannot tell them apart).
  console.log('web: 1 passed, 0 failed');
  console.log('1 passed, 0 failed');
}
