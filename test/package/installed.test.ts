import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { CrosscheckApi } from '../../src/editor/extension';

const EXTENSION_ID = 'crosscheck.crosscheck';

suite('The packaged extension', () => {
  test('Should be installed from crosscheck.vsix, not loaded from the source tree', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not installed`);
    // Installed extensions live in "<extensions dir>/<publisher>.<name>-<version>".
    assert.strictEqual(path.basename(ext.extensionPath), `${EXTENSION_ID}-${ext.packageJSON.version}`);
    assert.ok(!fs.existsSync(path.join(ext.extensionPath, 'src')), 'the package holds the TypeScript sources');
    assert.ok(!fs.existsSync(path.join(ext.extensionPath, 'node_modules')), 'the package holds node_modules');
    for (const file of ['dist/extension.js', 'dist/worker.js', 'dist/cli.js', 'syntaxes/article.tmLanguage.json', 'media/crosscheck.svg']) {
      assert.ok(fs.existsSync(path.join(ext.extensionPath, file)), `${file} is missing from the package`);
    }
  });

  test('Should ship the icon, licence and changelog the Extensions view and Marketplace show', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const icon = ext.packageJSON.icon as string | undefined;
    assert.ok(icon, 'package.json names no icon');
    const png = fs.readFileSync(path.join(ext.extensionPath, icon));
    assert.strictEqual(png.subarray(1, 4).toString('latin1'), 'PNG', `${icon} is not a PNG`);
    // The IHDR chunk holds width and height; the Marketplace asks for at least 128 by 128.
    assert.deepStrictEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
    for (const file of ['LICENSE.txt', 'changelog.md']) {
      assert.ok(fs.existsSync(path.join(ext.extensionPath, file)), `${file} is missing from the package`);
    }
  });

  test('Should ship every image the README shows, so the extension page has no broken pictures', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const readme = fs.readFileSync(path.join(ext.extensionPath, 'readme.md'), 'utf8');
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]);
    assert.ok(images.length > 0, 'the README shows no image');
    for (const image of images) assert.ok(fs.existsSync(path.join(ext.extensionPath, image)), `${image} is missing from the package`);
  });

  test('Should activate and flag the conflicts between the sample articles', async () => {
    const ext = vscode.extensions.getExtension<CrosscheckApi>(EXTENSION_ID)!;
    const api = await ext.activate();
    assert.strictEqual(ext.isActive, true);
    const result = api.analysis.latest ?? await api.analysis.run();
    assert.ok(result, 'no analysis');
    assert.strictEqual(api.analysis.usesWorker, true, 'the analysis worker did not start from the package');
    assert.ok(result.analysis.conflicts.some((c) => c.kind === 'person'), result.analysis.conflicts.map((c) => c.message).join('\n'));
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const diagnostics = vscode.languages.getDiagnostics(vscode.Uri.joinPath(folder, '02-valley-courier.article'));
    assert.ok(diagnostics.some((d) => d.source === 'crosscheck'), 'no Crosscheck diagnostic on the sample article');
    // Each diagnostic code opens its rule's heading in the packaged README (vsce renames it readme.md).
    const typo = diagnostics.find((d) => typeof d.code === 'object' && d.code.value === 'name-typo');
    assert.ok(typo, 'no name-typo diagnostic');
    const target = (typo.code as { target: vscode.Uri }).target;
    const line = Number(/^L(\d+)$/.exec(target.fragment)?.[1]);
    assert.strictEqual(fs.readFileSync(target.fsPath, 'utf8').split('\n')[line - 1], '### name-typo', target.toString());
  });

  test('Should contribute the views and commands users reach from the activity bar and palette', async () => {
    const commands = new Set(await vscode.commands.getCommands(true));
    for (const c of ['crosscheck.refresh', 'crosscheck.loadFolder', 'crosscheck.exportReport', 'crosscheck.showLog', 'crosscheck.conflicts.focus', 'crosscheck.people.focus']) {
      assert.ok(commands.has(c), `${c} is not registered`);
    }
  });
});
