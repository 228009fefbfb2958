import * as assert from 'assert';
import * as vscode from 'vscode';
import type { AnalysisResult } from '../../src/editor/analysis';
import { analysisOfLoaded, api, sample, waitFor } from './helpers';

const COURIER = '02-valley-courier.article';

/** The messages about a restarted analysis the user was shown. */
async function restartMessages(): Promise<string[]> {
  const { notices } = await api();
  return notices.history.filter((m) => /restarted its analysis/.test(m));
}

suite('The analysis worker recovers from faults', () => {
  suiteSetup(async () => {
    // Not just any analysis: one still to come for an earlier suite's changes would differ.
    await analysisOfLoaded();
  });

  test('Should restart a crashed worker, refresh the results, and tell the user once however often it crashes', async () => {
    const { analysis } = await api();
    const settled = await analysisOfLoaded();
    const started = analysis.workersStarted;
    for (let i = 1; i <= 3; i++) {
      const before = analysis.latest;
      analysis.injectFault('crash');
      await waitFor(`restart number ${i}`, () => analysis.workersStarted >= started + i);
      await waitFor('results from the new worker', () => analysis.latest !== before);
    }
    // The same articles, so the same conflicts: a change from elsewhere would show here first.
    const paths = (r: AnalysisResult) => [...r.articles.keys()].sort();
    const conflicts = (r: AnalysisResult) => r.analysis.conflicts.map((c) => c.message).sort();
    assert.deepStrictEqual(paths(analysis.latest!), paths(settled), 'the articles analysed before the crashes');
    assert.deepStrictEqual(conflicts(analysis.latest!), conflicts(settled));
    assert.ok(vscode.languages.getDiagnostics(sample(COURIER)).length > 0, 'the diagnostics are still shown');
    const messages = await restartMessages();
    assert.strictEqual(messages.length, 1, messages.join('\n'));
    assert.match(messages[0], /crashed/);
  });

  test('Should restart a worker that stops responding once the timeout passes', async () => {
    const { analysis } = await api();
    const config = vscode.workspace.getConfiguration('crosscheck');
    await config.update('analysisTimeoutSeconds', 2, vscode.ConfigurationTarget.Workspace);
    try {
      const started = analysis.workersStarted;
      const before = analysis.latest;
      analysis.injectFault('hang');
      void analysis.run();
      await waitFor('the hung worker to be replaced', () => analysis.workersStarted > started, 20000);
      await waitFor('results from the new worker', () => analysis.latest !== before, 20000);
      assert.ok(vscode.languages.getDiagnostics(sample(COURIER)).length > 0, 'the diagnostics are still shown');
      assert.strictEqual((await restartMessages()).length, 1);
    } finally {
      await config.update('analysisTimeoutSeconds', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
