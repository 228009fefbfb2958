// Opening one .txt article of a folder of articles compares the folder; opening a README.md of a code
// project compares nothing. The fixture folders (test/integration/fixtures) are copied into the
// workspace the runner opened (a throwaway copy of samples/; in the browser, its virtual file system),
// so each lies inside a workspace folder as a user's would, without a second workspace or a restart
// of the extension host.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { analysedWithout, analysisOfLoaded, api, copyFixture, sample, waitFor } from './helpers';

const ARTICLES = ['county-post.txt', 'morning-ledger.txt', 'riverside-herald.txt', 'valley-weekly.txt'];
const PROJECT = ['README.md', 'CHANGELOG.md', 'docs/guide.md', 'docs/faq.md'];

async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

const basename = (u: vscode.Uri) => u.path.split('/').pop()!;

suite('Folders of articles', () => {
  suiteSetup(async () => {
    const { tree } = await api();
    await waitFor('the first analysis', () => tree.getChildren().length > 0);
  });

  test('Should compare an opened .txt article with the other articles in its folder, without a setting', async () => {
    const { analysis, articleFolders } = await api();
    const folder = await copyFixture('folder-of-articles', ARTICLES);
    const uris = ARTICLES.map((n) => vscode.Uri.joinPath(folder, n));
    const opened = vscode.Uri.joinPath(folder, 'riverside-herald.txt');
    try {
      // Copying them loads nothing: .txt files are not in the include glob, and none is open.
      await analysisOfLoaded();
      assert.ok(uris.every((u) => !analysis.latest!.articles.has(u.toString())), 'no article of the folder is loaded before one is opened');

      const t0 = Date.now();
      await vscode.window.showTextDocument(opened);
      const diags = await waitFor('diagnostics on the opened article that point into the other articles', () => {
        const list = vscode.languages.getDiagnostics(opened).filter((d) => d.relatedInformation?.some((r) => r.location.uri.toString() !== opened.toString()));
        return list.length ? list : undefined;
      });
      const elapsed = Date.now() - t0;
      assert.ok(elapsed < 10_000, `the folder was compared ${elapsed} ms after the article was opened`);
      const named = new Set(diags.flatMap((d) => d.relatedInformation!.map((r) => basename(r.location.uri))));
      assert.ok(named.has('county-post.txt'), [...named].join(', '));
      assert.match(diags.map((d) => d.message).join('\n'), /1,600/);

      const latest = await analysisOfLoaded();
      assert.deepStrictEqual(uris.filter((u) => latest.articles.has(u.toString())).map(basename), ARTICLES, 'all four articles are compared');
      assert.deepStrictEqual(articleFolders.folders.map((f) => f.toString()), [folder.toString()]);
      // The others have their diagnostics without being opened.
      assert.ok(vscode.languages.getDiagnostics(vscode.Uri.joinPath(folder, 'county-post.txt')).length > 0);

      // Compared as an article, the .txt document is shown as one: word wrap, no ambiguous-character boxes.
      const doc = await waitFor('the opened .txt to be shown as an article', () =>
        vscode.workspace.textDocuments.find((d) => d.uri.toString() === opened.toString() && d.languageId === 'article'));
      const editor = vscode.workspace.getConfiguration('editor', doc);
      assert.strictEqual(editor.get('wordWrap'), 'on');
      assert.strictEqual(editor.get('unicodeHighlight.ambiguousCharacters'), false);
    } finally {
      await closeAll();
    }
    // Closing the folder's last tab ends the comparison: the articles never opened leave it.
    await waitFor('the folder to be compared no more', () => articleFolders.folders.length === 0);
    await analysedWithout(...uris.filter((u) => u.toString() !== opened.toString()));
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
  });

  test('Should neither load nor flag the README.md, CHANGELOG.md and docs of a code project until its folder is loaded', async () => {
    const { analysis, articleFolders, articles } = await api();
    const project = await copyFixture('code-project', [...PROJECT, 'package.json']);
    const uris = PROJECT.map((p) => vscode.Uri.joinPath(project, ...p.split('/')));
    const inProject = (k: string) => k.startsWith(project.toString() + '/');
    try {
      // Open as a reader would: the README and a page of the docs, in editors.
      await vscode.window.showTextDocument(uris[0], { preview: false });
      await vscode.window.showTextDocument(uris[2], { preview: false });
      await articleFolders.lookAtOpenDocuments();
      const latest = await analysisOfLoaded();
      assert.deepStrictEqual([...latest.articles.keys()].filter(inProject), [], 'nothing of the project is loaded');
      assert.deepStrictEqual(articleFolders.folders, [], 'no folder is compared');
      for (const u of uris) assert.deepStrictEqual(vscode.languages.getDiagnostics(u), [], basename(u));
      assert.strictEqual(vscode.window.activeTextEditor?.document.languageId, 'markdown', 'the docs stay Markdown');

      // Asked for, the same files are compared (and they do disagree: 1,200 / 1,600 harbours).
      const loaded = await vscode.commands.executeCommand<number>('crosscheck.loadFolder', project);
      assert.strictEqual(loaded, 4);
      await waitFor('a conflict on the README once the project is loaded', () => vscode.languages.getDiagnostics(uris[0]).length > 0);
      assert.ok(articles.get(uris[0].toString()), 'the open README is an article now');
    } finally {
      await vscode.commands.executeCommand('crosscheck.unloadFolders');
      await closeAll();
      for (const u of uris) await vscode.workspace.fs.delete(u, { useTrash: false });
      await vscode.workspace.fs.delete(project, { recursive: true, useTrash: false });
    }
    await analysedWithout(...uris);
    assert.deepStrictEqual([...analysis.latest!.articles.keys()].filter(inProject), []);
  });

  test('Should compare only the open article when crosscheck.compareFolder is never', async () => {
    const { analysis, articleFolders } = await api();
    const config = () => vscode.workspace.getConfiguration('crosscheck');
    await config().update('compareFolder', 'never', vscode.ConfigurationTarget.Workspace);
    const folder = await copyFixture('folder-of-articles', ARTICLES);
    const opened = vscode.Uri.joinPath(folder, 'county-post.txt');
    try {
      const editor = await vscode.window.showTextDocument(opened);
      await articleFolders.lookAtOpenDocuments();
      await waitFor('the open article in the analysis', () => analysis.latest?.articles.has(opened.toString()));
      const latest = await analysisOfLoaded();
      // (The document of the first test's article may still be loaded: VS Code keeps closed documents for a while.)
      assert.ok(latest.articles.has(opened.toString()), 'the open article is compared');
      assert.deepStrictEqual(['morning-ledger.txt', 'valley-weekly.txt'].filter((n) => latest.articles.has(vscode.Uri.joinPath(folder, n).toString())), [],
        'the articles beside it are not');
      assert.deepStrictEqual(articleFolders.folders, []);
      assert.strictEqual(editor.document.languageId, 'plaintext');
    } finally {
      await closeAll();
      await config().update('compareFolder', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
    await analysisOfLoaded();
  });

  test('Should ask before comparing a folder when crosscheck.compareFolder is ask, and remember the answer', async () => {
    const { articleFolders } = await api();
    const config = () => vscode.workspace.getConfiguration('crosscheck');
    await config().update('compareFolder', 'ask', vscode.ConfigurationTarget.Workspace);
    const folder = await copyFixture('folder-of-articles', ARTICLES, 'asked-folder');
    // The prompt is answered here, as a user would click it: the window API is the extension's own object.
    const window = vscode.window as { showInformationMessage: (...a: unknown[]) => Thenable<unknown> };
    const show = window.showInformationMessage;
    const asked: string[] = [];
    window.showInformationMessage = async (message: unknown, ...items: unknown[]) => {
      asked.push(`${message} [${items.join('|')}]`);
      return items.includes('Compare') ? 'Compare' : undefined;
    };
    try {
      await vscode.window.showTextDocument(vscode.Uri.joinPath(folder, 'valley-weekly.txt'));
      await articleFolders.lookAtOpenDocuments();
      assert.deepStrictEqual(asked, ['Compare valley-weekly.txt with the 3 other articles in asked-folder? Crosscheck flags the quotes, names and figures they disagree on. [Compare|Not in This Workspace]']);
      assert.deepStrictEqual(articleFolders.folders.map((f) => f.toString()), [folder.toString()]);
      await waitFor('the articles beside it in the analysis', async () => (await analysisOfLoaded()).articles.has(vscode.Uri.joinPath(folder, 'county-post.txt').toString()));
      // Answered once for the workspace: opening it again asks nothing more.
      await closeAll();
      await waitFor('the folder to be compared no more', () => articleFolders.folders.length === 0);
      await vscode.window.showTextDocument(vscode.Uri.joinPath(folder, 'morning-ledger.txt'));
      await articleFolders.lookAtOpenDocuments();
      assert.strictEqual(asked.length, 1);
      assert.deepStrictEqual(articleFolders.folders.map((f) => f.toString()), [folder.toString()]);
    } finally {
      window.showInformationMessage = show;
      await closeAll();
      await config().update('compareFolder', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('the folder to be compared no more', () => articleFolders.folders.length === 0);
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
    await analysisOfLoaded();
  });

  test('Should give article documents editor defaults for prose', async () => {
    const doc = await vscode.workspace.openTextDocument(sample('01-harlow-gazette.article'));
    assert.strictEqual(doc.languageId, 'article');
    const editor = vscode.workspace.getConfiguration('editor', doc);
    assert.strictEqual(editor.get('wordWrap'), 'on');
    assert.strictEqual(editor.get('unicodeHighlight.ambiguousCharacters'), false);
    assert.strictEqual(editor.get('wordBasedSuggestions'), 'off');
    // Only the article language: other files keep VS Code's own defaults.
    assert.strictEqual(vscode.workspace.getConfiguration('editor', { languageId: 'plaintext', uri: sample('notes.txt') }).get('wordWrap'), 'off');
  });
});
