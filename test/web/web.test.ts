import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, sample, waitFor } from '../integration/helpers';

const GAZETTE = '01-harlow-gazette.article';

suite('VS Code for the Web', () => {
  test('Should run in the browser, on a workspace that is not on a local disk', () => {
    assert.strictEqual(vscode.env.uiKind, vscode.UIKind.Web);
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'no workspace folder open');
    assert.notStrictEqual(folder.uri.scheme, 'file', `${folder.uri} is a local folder, not a virtual one`);
  });

  test('Should load the workspace articles through the virtual file system without opening them', async () => {
    const { articles, analysis } = await api();
    const result = await waitFor('an analysis of the workspace files', () => analysis.latest?.articles.size ? analysis.latest : undefined);
    // No suite before this one opens it: its text can only have come from the file system.
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === sample(GAZETTE).toString()), `${GAZETTE} is open`);
    const gazette = articles.get(sample(GAZETTE).toString());
    assert.ok(gazette, `loaded: ${[...result.articles.keys()].join(', ')}`);
    const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(sample(GAZETTE)));
    assert.strictEqual(gazette.text, onDisk.replace(/^\uFEFF/, ''));
  });

  test('Should analyse in a Web Worker with no disk cache', async () => {
    const { analysis } = await api();
    const result = await waitFor('an analysis', () => analysis.latest);
    assert.ok(analysis.usesWorker, 'the analysis does not run in a worker');
    assert.strictEqual(result.stats?.fromDisk, 0);
  });
});
