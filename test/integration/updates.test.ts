import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, sample, waitFor } from './helpers';

const COURIER = '02-valley-courier.article';

function personConflicts(doc: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(doc).filter((d) => typeof d.code === 'object' && String(d.code.value).startsWith('name-'));
}

suite('Results follow edits and closed articles', () => {
  suiteSetup(async () => {
    await api();
  });

  test('Should drop the name conflict once the typo is corrected, and restore it on undo', async () => {
    const doc = await vscode.workspace.openTextDocument(sample(COURIER));
    const editor = await vscode.window.showTextDocument(doc);
    await waitFor('the name conflict', () => personConflicts(doc.uri).length > 0);
    const at = doc.getText().indexOf('Carvahlo');
    const ok = await editor.edit((e) => e.replace(new vscode.Range(doc.positionAt(at), doc.positionAt(at + 8)), 'Carvalho'));
    assert.ok(ok);
    await waitFor('the name conflict to go', () => personConflicts(doc.uri).length === 0);
    await vscode.commands.executeCommand('undo');
    await waitFor('the name conflict to come back', () => personConflicts(doc.uri).length > 0);
    assert.strictEqual(doc.isDirty, false);
  });

  test('Should analyse in a worker thread, not on the extension host thread', async () => {
    const { analysis } = await api();
    await analysis.run();
    assert.strictEqual(analysis.usesWorker, true);
  });

  test('Should add an open untitled article to the comparison and drop it when closed', async () => {
    const doc = await vscode.workspace.openTextDocument({
      language: 'plaintext',
      content: 'Relief arrives in Harlow Creek\n\nFire chief Rowan Aldrige said the boats would stay until Friday.\n',
    });
    await vscode.window.showTextDocument(doc);
    const diags = await waitFor('a conflict in the untitled article', () => {
      const d = personConflicts(doc.uri);
      return d.length ? d : undefined;
    });
    assert.strictEqual(doc.getText(diags[0].range), 'Rowan Aldrige');
    const { analysis } = await api();
    const before = analysis.latest!.analysis.conflicts.length;
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor('the untitled article to leave the analysis', () => {
      const latest = analysis.latest!;
      return !latest.articles.has(doc.uri.toString()) && latest.analysis.conflicts.length === before - 1;
    });
  });
});
