import * as assert from 'assert';
import * as vscode from 'vscode';

/** `${publisher}.${name}` from package.json. */
const EXTENSION_ID = 'crosscheck.crosscheck';

suite('Smoke', () => {
  test('the extension is installed and activates', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not loaded`);
    await ext.activate();
    assert.strictEqual(ext.isActive, true);
  });

  test('a workspace folder is open, outside the repository', () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.ok(folders.length > 0, 'no workspace folder open');
    // The runner opens a temporary copy of samples/, so tests may edit files freely.
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    assert.ok(!folders[0].uri.path.startsWith(`${ext.extensionUri.path}/`),
      `${folders[0].uri.path} is inside the repository`);
  });
});
