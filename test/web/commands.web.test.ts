// The commands that touch files, on the browser's virtual file system: what commands.test checks on
// desktop with Node's fs and the command line, here with vscode.workspace.fs only.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, sample, waitFor } from '../integration/helpers';

const enc = (s: string) => new TextEncoder().encode(s);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

suite('Commands on a virtual workspace', () => {
  suiteSetup(async () => {
    const { tree } = await api();
    await waitFor('the first analysis', () => tree.getChildren().length > 0);
  });

  test('Should export a Markdown report into the virtual workspace', async () => {
    const { analysis } = await api();
    const target = sample('exported/report.md');
    try {
      await vscode.commands.executeCommand('crosscheck.exportReport', 'markdown', target);
      const md = decode(await vscode.workspace.fs.readFile(target));
      assert.match(md, /^# Crosscheck report\n\n3 articles, \d+ conflicts\.\n/);
      assert.strictEqual((md.match(/^\*\*.+\*\* \((name|quote|figure), \w+\)$/gm) ?? []).length, analysis.latest!.analysis.conflicts.length);
      assert.match(md, /^- `02-valley-courier\.article:5:7`: Ines Carvahlo$/m);
    } finally {
      await vscode.workspace.fs.delete(sample('exported'), { recursive: true, useTrash: false });
    }
  });

  test('Should load the article files of a virtual folder, ignore other files, and unload them again', async () => {
    const { analysis, articles } = await api();
    // .txt and .md files: the workspace's include setting (*.article) does not load them itself.
    const folder = sample('ferries');
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'one.txt'), enc('Ferry service resumes\n\nHarbour master Tobias Wrenfield said the ferries would sail again on Monday.\n'));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'wire', 'two.md'), enc('# Ferries back\n\nHarbour master Tobias Wrenfeld said crews had checked every ramp.\n'));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'notes.json'), enc('{"note": "Harbour master Tobias Wrenfelt"}'));
    try {
      const loaded = await vscode.commands.executeCommand<number>('crosscheck.loadFolder', folder);
      assert.strictEqual(loaded, 2);
      const latest = analysis.latest!;
      const inFolder = [...latest.articles.keys()].filter((k) => k.includes('/ferries/')).map((k) => k.split('/').pop()).sort();
      assert.deepStrictEqual(inFolder, ['one.txt', 'two.md']);
      const conflict = latest.analysis.conflicts.find((c) => c.subject === 'Tobias Wrenfield' || c.subject === 'Tobias Wrenfeld');
      assert.ok(conflict, latest.analysis.conflicts.map((c) => c.message).join('\n'));
      assert.deepStrictEqual(articles.folders.map((f) => f.toString()), [folder.toString()]);

      await vscode.commands.executeCommand('crosscheck.unloadFolders');
      assert.ok(![...analysis.latest!.articles.keys()].some((k) => k.includes('/ferries/')));
    } finally {
      await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
    }
  });
});
