import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { Node } from '../../src/editor/tree';
import { api, EXTENSION_ID, waitFor } from './helpers';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** A file next to the workspace (same URI scheme and authority), removed by the caller. */
function scratch(name: string): vscode.Uri {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-it-'));
  return vscode.workspace.workspaceFolders![0].uri.with({ path: path.join(dir, name) });
}

suite('Commands', () => {
  suiteSetup(async () => {
    const { tree } = await api();
    await waitFor('the first analysis', () => tree.getChildren().length > 0);
  });

  test('Should list the palette commands under the Crosscheck category', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const commands = ext.packageJSON.contributes.commands as { command: string; title: string; category: string }[];
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const title of ['Refresh', 'Load Folder as Articles...', 'Export Report...', 'Show Output Log']) {
      const c = commands.find((x) => x.title === title);
      assert.ok(c, `no command titled ${title}`);
      assert.strictEqual(c.category, 'Crosscheck');
      assert.ok(registered.has(c.command), `${c.command} is not registered`);
    }
  });

  test('Should export a JSON report identical to what the command line prints for the same files, byte-order marks included', async () => {
    const { analysis } = await api();
    // A file starting with a byte-order mark, with a conflict on its first line: the command line
    // counts the mark in offsets, the editor's text does not have it.
    const bom = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '04-harbour-bulletin.article');
    await vscode.workspace.fs.writeFile(bom, new TextEncoder().encode('\uFEFFMayor Ines Carvahlo opens the flood shelter\n\nThe shelter in the school gym takes forty families.\n'));
    await waitFor('the bulletin in the analysis', () => analysis.latest?.articles.has(bom.toString()));
    // A failed assertion must not leave a fourth article behind for the suites that follow.
    const target = scratch('report.json');
    try {
      const written = await vscode.commands.executeCommand<vscode.Uri>('crosscheck.exportReport', 'json', target);
      assert.strictEqual(written?.toString(), target.toString());
      const exported = decode(await vscode.workspace.fs.readFile(target));
      const files = (JSON.parse(exported).articles as { path: string }[]).map((a) => a.path);
      assert.strictEqual(files.length, 4);
      const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
      let cli: string;
      try {
        cli = execFileSync(process.execPath, [path.join(ext.extensionPath, 'dist/cli.js'), '--format', 'json', ...files],
          { cwd: vscode.workspace.workspaceFolders![0].uri.fsPath, encoding: 'utf8' });
      } catch (e) {
        cli = (e as { stdout: string }).stdout; // exit status 1: conflicts found
      }
      assert.strictEqual(exported, cli);
      assert.ok(JSON.parse(exported).conflicts.some((c: { occurrences: { path: string; start: number }[] }) =>
        c.occurrences.some((o) => o.path === '04-harbour-bulletin.article' && o.start === 7)), exported);
    } finally {
      fs.rmSync(path.dirname(target.fsPath), { recursive: true, force: true });
      await vscode.workspace.fs.delete(bom);
      await waitFor('the bulletin to leave the analysis', () => !analysis.latest?.articles.has(bom.toString()));
    }
  });

  test('Should export a Markdown report with every conflict and where each passage is', async () => {
    const { analysis } = await api();
    const target = scratch('report.md');
    await vscode.commands.executeCommand('crosscheck.exportReport', 'markdown', target);
    const md = decode(await vscode.workspace.fs.readFile(target));
    assert.match(md, /^# Crosscheck report\n\n3 articles, \d+ conflicts\.\n/);
    assert.strictEqual((md.match(/^\*\*.+\*\* \((name|quote|figure), \w+\)$/gm) ?? []).length, analysis.latest!.analysis.conflicts.length);
    assert.match(md, /^- `02-valley-courier\.article:5:7`: Ines Carvahlo$/m);
    fs.rmSync(path.dirname(target.fsPath), { recursive: true, force: true });
  });

  test('Should copy a conflict as Markdown to the clipboard', async () => {
    const { tree } = await api();
    const names = tree.getChildren().find((g) => g.type === 'group' && g.kind === 'person')!;
    const [conflict] = tree.getChildren(names);
    await vscode.env.clipboard.writeText('');
    await vscode.commands.executeCommand('crosscheck.copyConflict', conflict);
    const copied = await vscode.env.clipboard.readText();
    assert.match(copied, /^\*\*Ines Carvalho is spelled 2 ways .*\*\* \(name, warning\)\n\n/);
    assert.match(copied, /^- `01-harlow-gazette\.article:5:7`: Ines Carvalho$/m);
    assert.match(copied, /^- `02-valley-courier\.article:5:7`: Ines Carvahlo$/m);
    // From an occurrence, the whole conflict it belongs to is copied.
    const [occurrence] = tree.getChildren(conflict) as Node[];
    await vscode.env.clipboard.writeText('');
    await vscode.commands.executeCommand('crosscheck.copyConflict', occurrence);
    assert.strictEqual(await vscode.env.clipboard.readText(), copied);
  });

  test('Should load the article files of a folder, ignore other files, and unload them again', async () => {
    const { analysis, articles, people } = await api();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-folder-'));
    fs.mkdirSync(path.join(dir, 'wire'));
    fs.mkdirSync(path.join(dir, '.drafts'));
    fs.writeFileSync(path.join(dir, 'one.txt'), 'Ferry service resumes\n\nHarbour master Tobias Wrenfield said the ferries would sail again on Monday.\n');
    fs.writeFileSync(path.join(dir, 'wire', 'two.md'), '# Ferries back\n\nHarbour master Tobias Wrenfeld said crews had checked every ramp.\n');
    fs.writeFileSync(path.join(dir, 'three.article'), 'Ferries return\n\nTobias Wrenfield, the harbour master, thanked the crews.\n');
    fs.writeFileSync(path.join(dir, 'notes.json'), '{"note": "Harbour master Tobias Wrenfelt"}');
    fs.writeFileSync(path.join(dir, '.drafts', 'old.txt'), 'Harbour master Tobias Wrenfelt spoke.');
    const folder = vscode.workspace.workspaceFolders![0].uri.with({ path: dir });
    try {
      const loaded = await vscode.commands.executeCommand<number>('crosscheck.loadFolder', folder);
      assert.strictEqual(loaded, 3);
      const latest = analysis.latest!;
      const inFolder = [...latest.articles.keys()].filter((k) => k.includes('crosscheck-folder-')).map((k) => path.basename(k)).sort();
      assert.deepStrictEqual(inFolder, ['one.txt', 'three.article', 'two.md']);
      const conflict = latest.analysis.conflicts.find((c) => c.subject === 'Tobias Wrenfield');
      assert.ok(conflict, latest.analysis.conflicts.map((c) => c.message).join('\n'));
      assert.deepStrictEqual(conflict.occurrences.map((o) => o.text).sort(), ['Tobias Wrenfeld', 'Tobias Wrenfield', 'Tobias Wrenfield']);
      assert.ok(people.getChildren().some((p) => p.type === 'person' && p.person.name === 'Tobias Wrenfield'));
      assert.deepStrictEqual(articles.folders.map((f) => f.path), [dir]);

      await vscode.commands.executeCommand('crosscheck.unloadFolders');
      assert.ok(![...analysis.latest!.articles.keys()].some((k) => k.includes('crosscheck-folder-')));
      assert.ok(!analysis.latest!.analysis.conflicts.some((c) => c.subject === 'Tobias Wrenfield'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('Should show the Crosscheck output log', async () => {
    await vscode.commands.executeCommand('crosscheck.showLog');
    await waitFor('the output log in view', () => vscode.window.visibleTextEditors.some((e) => e.document.uri.scheme === 'output' && /Crosscheck/.test(e.document.uri.path)));
  });
});
