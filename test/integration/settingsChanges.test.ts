// A settings change redoes only what it affects. Reads and engine runs are observed through what the
// extension already exposes: a file read again is a new article object in the article set, and an
// analysis by the worker comes with its own stats object, which a re-publication keeps.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { AnalysisResult } from '../../src/editor/analysis';
import { analysedWithout, analysisOfLoaded, api, ruleOf, sample, waitFor } from './helpers';

const COURIER = '02-valley-courier.article';

async function setting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('crosscheck').update(key, value, vscode.ConfigurationTarget.Workspace);
}

const figures = (severity?: vscode.DiagnosticSeverity) => vscode.languages.getDiagnostics(sample(COURIER))
  .filter((d) => ruleOf(d) === 'figure-mismatch' && (severity === undefined || d.severity === severity));

/** The latest analysis once nothing is pending, and the article objects it was made from. */
async function settled() {
  const { analysis, articles } = await api();
  const latest = (await analysis.run()) ?? await waitFor('an analysis', () => analysis.latest);
  return { latest, loaded: new Set(articles.all()) };
}

async function noArticleReadAgain(loaded: Set<unknown>): Promise<void> {
  const { articles } = await api();
  assert.ok(articles.all().every((a) => loaded.has(a)), 'no article was read again');
}

suite('Settings changes redo only what they affect', () => {
  test('Should re-publish the last analysis for a severity change, without reading files or running the engine', async () => {
    const { analysis } = await api();
    const { latest, loaded } = await settled();
    try {
      await setting('severity.number', 'error');
      // Waiting for a new publication, not only for the squiggles: those could change before a rescan.
      await waitFor('figures shown as errors', () => analysis.latest !== latest && figures(vscode.DiagnosticSeverity.Error).length > 0);
      assert.strictEqual(analysis.latest!.stats, latest.stats, 'the same worker answer, published again');
      await noArticleReadAgain(loaded);
    } finally {
      await setting('severity.number', undefined);
    }
    await waitFor('figures shown as warnings again', () => figures().length > 0 && figures(vscode.DiagnosticSeverity.Error).length === 0);
  });

  test('Should hide and show a kind again from the last analysis, without running the engine', async () => {
    const { analysis } = await api();
    const { latest, loaded } = await settled();
    try {
      await setting('kinds', ['person', 'quote']);
      await waitFor('no figure diagnostics', () => figures().length === 0);
      assert.ok(!analysis.latest!.analysis.conflicts.some((c) => c.kind === 'number'));
    } finally {
      await setting('kinds', undefined);
    }
    await waitFor('the figure diagnostics back', () => figures().length > 0);
    assert.strictEqual(analysis.latest!.stats, latest.stats, 'the same worker answer, filtered again');
    await noArticleReadAgain(loaded);
  });

  test('Should re-run the engine on the loaded texts for a new quote length, without reading or parsing them again', async () => {
    const { analysis } = await api();
    const { latest, loaded } = await settled();
    const quotes = () => analysis.latest!.analysis.conflicts.filter((c) => c.kind === 'quote').length;
    assert.ok(quotes() > 0, 'the samples disagree on quotes');
    try {
      await setting('minQuoteWords', 50);
      await waitFor('a new analysis without quote conflicts', () => analysis.latest!.stats !== latest.stats && quotes() === 0);
      assert.strictEqual(analysis.latest!.stats!.parsed, 0, 'no paragraph parsed again');
      await noArticleReadAgain(loaded);
    } finally {
      await setting('minQuoteWords', undefined);
    }
    await waitFor('the quote conflicts back', () => quotes() > 0);
    await noArticleReadAgain(loaded);
  });

  test('Should read files again and re-cut open documents when the size limit changes', async () => {
    const { articles } = await api();
    const text = 'Bridge report\n\n' + 'The council met again to discuss the new bridge over the creek.\n'.repeat(60);
    const file = sample('long-report.article');
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: text });
    const cut = (uri: vscode.Uri) => { const a = articles.get(uri.toString()); return a && a.partial && a.text.length <= 1024; };
    const whole = (uri: vscode.Uri) => articles.get(uri.toString())?.text === text;
    try {
      await waitFor('both long articles loaded whole', () => whole(file) && whole(doc.uri));
      const before = articles.get(file.toString());
      await setting('maxFileSizeKB', 1);
      await waitFor('the file cut to 1 KB', () => cut(file));
      assert.notStrictEqual(articles.get(file.toString()), before, 'the file was read again');
      await waitFor('the open document cut to 1 KB', () => cut(doc.uri));
      await setting('maxFileSizeKB', undefined);
      await waitFor('both long articles whole again', () => whole(file) && whole(doc.uri));
    } finally {
      await setting('maxFileSizeKB', undefined);
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.workspace.fs.delete(file, { useTrash: false }).then(undefined, () => undefined);
    }
    await analysedWithout(file, doc.uri);
  });

  test('Should keep a deleted article out when the size limit changes while its document is still loaded', async () => {
    const { analysis, articles } = await api();
    const file = sample('withdrawn.article');
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode('Levee report\n\nEngineer Pavel Drozdow said the levee held.\n'));
    // Opened without an editor, as hovers and quick fixes do: the document stays after the file goes.
    const doc = await vscode.workspace.openTextDocument(file);
    await waitFor('the new article to be analysed', () => analysis.latest?.articles.has(file.toString()));
    await vscode.workspace.fs.delete(file, { useTrash: false });
    const before = await analysedWithout(file);
    assert.ok(vscode.workspace.textDocuments.some((d) => d.uri.toString() === doc.uri.toString()), 'the document of the deleted file is still loaded');
    let cut: AnalysisResult;
    try {
      await setting('maxFileSizeKB', 2);
      // The files are read again and then analysed once, with the open documents cut again before.
      await waitFor('the analysis after the files are read again', () => analysis.latest !== before);
      cut = await analysisOfLoaded();
      assert.ok(!articles.get(file.toString()), 'the deleted article is not loaded again');
      assert.deepStrictEqual(vscode.languages.getDiagnostics(file), []);
    } finally {
      await setting('maxFileSizeKB', undefined);
    }
    await waitFor('the analysis after the files are read again at the default limit', () => analysis.latest !== cut);
    await analysisOfLoaded();
    assert.ok(!articles.get(file.toString()), 'the deleted article is not loaded again');
  });
});
