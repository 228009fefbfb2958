// Odd files and hostile settings in a real workspace: what the user is told, and that nothing else
// is lost. Each test creates its files in the (throwaway) workspace and removes them afterwards.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { RESTRICTED } from '../../src/editor/settings';
import { analysedWithout, api, ruleOf, sample, waitFor } from './helpers';

const PLANTED = 'Engineer Pavel Drozdow said the levee held.';
const enc = (s: string) => new TextEncoder().encode(s);

async function loaded(name: string): Promise<boolean> {
  const { analysis } = await api();
  return !!analysis.latest?.articles.has(sample(name).toString());
}

async function messages(pattern: RegExp): Promise<string[]> {
  return (await api()).notices.history.filter((m) => pattern.test(m));
}

/** Deletes the files that exist, and waits for the analysis without them. */
async function remove(...names: string[]): Promise<void> {
  for (const n of names) await vscode.workspace.fs.delete(sample(n), { useTrash: false }).then(undefined, () => undefined);
  await analysedWithout(...names.map(sample));
}

suite('Bad input in the editor', () => {
  const config = () => vscode.workspace.getConfiguration('crosscheck');
  teardown(async () => {
    for (const key of ['include', 'maxFiles', 'maxFileSizeKB']) await config().update(key, undefined, vscode.ConfigurationTarget.Workspace);
    await remove('photo.article', 'transcript.article', 'emoji.article', 'bom.article', 'empty.article', 'quotes-only.article', 'unbalanced.article', 'one-line.article', 'figures.article');
  });

  test('Should skip a binary file with a text extension and say so once', async () => {
    await vscode.workspace.fs.writeFile(sample('photo.article'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    await vscode.commands.executeCommand('crosscheck.refresh');
    await waitFor('the skip message', async () => (await messages(/photo\.article/)).length > 0);
    await vscode.commands.executeCommand('crosscheck.refresh');
    assert.deepStrictEqual(await messages(/photo\.article/), ['Crosscheck skipped photo.article: binary file, not text.']);
    assert.strictEqual(await loaded('photo.article'), false);
    assert.strictEqual(await loaded('01-harlow-gazette.article'), true, 'the other articles are still analysed');
  });

  test('Should analyse the start of a 10 MB article up to the size limit and say the rest was skipped', async () => {
    await config().update('maxFileSizeKB', 64, vscode.ConfigurationTarget.Workspace);
    const head = `Harlow Creek transcript\n\n${PLANTED}\n`;
    const filler = 'The council heard from residents about the flood and the repairs.\n';
    const tail = '\nEngineer Pavel Drozdovv said it again.\n';
    await vscode.workspace.fs.writeFile(sample('transcript.article'), enc(head + filler.repeat(Math.ceil(10 * 1024 * 1024 / filler.length)) + tail));
    const uri = sample('transcript.article');
    const diags = await waitFor('a name conflict in the transcript', () => {
      const d = vscode.languages.getDiagnostics(uri).filter((x) => ruleOf(x).startsWith('name-'));
      return d.length ? d : undefined;
    });
    assert.deepStrictEqual(diags.map((d) => d.range.start.line), [2], 'only the planted name in the analysed start');
    const { analysis } = await api();
    assert.ok(analysis.latest!.articles.get(uri.toString())!.text.length <= 64 * 1024);
    assert.deepStrictEqual(await messages(/transcript\.article/), [
      'Crosscheck analysed only the start of transcript.article: only the first 64 KB analysed (crosscheck.maxFileSizeKB). The rest was skipped; raise crosscheck.maxFileSizeKB to analyse more.',
    ]);
    // Opened in the editor, the analysed start still has its hover although the document is longer.
    const doc = await vscode.workspace.openTextDocument(uri);
    const pos = doc.positionAt(doc.getText().indexOf('Drozdow') + 2);
    const hovers = await waitFor('a hover on the planted name', async () => {
      const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos);
      return h.length ? h : undefined;
    });
    assert.match(hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value))).join('\n'), /Drozdov/);
  });

  test('Should put diagnostics on the right characters after emoji, CRLF and right-to-left text', async () => {
    await vscode.workspace.fs.writeFile(sample('emoji.article'), enc('\uFEFFFlood 🌊 update\r\n\r\nقال رئيس البلدية 👩🏽‍🚒 𝒜 «الرصيف سيفتح». The engineer Pavel Drozdow said the levee held.\r\n'));
    const uri = sample('emoji.article');
    const [d] = await waitFor('a name conflict in the emoji article', () => {
      const list = vscode.languages.getDiagnostics(uri).filter((x) => ruleOf(x).startsWith('name-'));
      return list.length ? list : undefined;
    });
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.strictEqual(doc.getText(d.range), 'Pavel Drozdow');
  });

  test('Should load empty, quote-mark-only and single-line files without a message and keep the other conflicts', async () => {
    const odd: [string, string][] = [
      ['empty.article', ''],
      ['quotes-only.article', '""“”«»„"\'\'‘’'.repeat(100)],
      ['unbalanced.article', `${'“'.repeat(50_000)}\n${'he said "no '.repeat(16_667)}`],
      ['one-line.article', 'a'.repeat(1_000_000)],
      ['figures.article', 'Officials said 1e309 people left and 9,999,999,999,999,999 stayed. MAYOR INES CARVALHO SPOKE.'],
    ];
    const before = (await api()).notices.history.length;
    for (const [name, text] of odd) await vscode.workspace.fs.writeFile(sample(name), enc(text));
    await vscode.commands.executeCommand('crosscheck.refresh');
    await waitFor('every odd file to be analysed', async () => (await Promise.all(odd.map(([n]) => loaded(n)))).every(Boolean));
    assert.deepStrictEqual((await api()).notices.history.slice(before), [], 'nothing to tell the user');
    for (const [name] of odd) assert.deepStrictEqual(vscode.languages.getDiagnostics(sample(name)), [], name);
    assert.ok(vscode.languages.getDiagnostics(sample('02-valley-courier.article')).some((d) => ruleOf(d).startsWith('name-')), 'the samples still disagree');
  });

  test('Should place diagnostics on the first line of a file with a byte-order mark as the editor counts it', async () => {
    const uri = sample('bom.article');
    await vscode.workspace.fs.writeFile(uri, enc(`\uFEFF${PLANTED}\n`));
    const [d] = await waitFor('a name conflict in the BOM article', () => {
      const list = vscode.languages.getDiagnostics(uri).filter((x) => ruleOf(x).startsWith('name-'));
      return list.length ? list : undefined;
    });
    // Checked before the document is opened: the file's own analysis placed it.
    assert.deepStrictEqual([d.range.start.line, d.range.start.character], [0, PLANTED.indexOf('Pavel')]);
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.strictEqual(doc.getText(d.range), 'Pavel Drozdow');
  });

  test('Should fall back to defaults with a warning for hostile settings, and keep analysing', async () => {
    await config().update('include', '/**/*', vscode.ConfigurationTarget.Workspace);
    await config().update('maxFiles', -3, vscode.ConfigurationTarget.Workspace);
    await waitFor('both settings warnings', async () => (await messages(/crosscheck\.(include|maxFiles)/)).length === 2);
    assert.deepStrictEqual(await messages(/crosscheck\.(include|maxFiles)/), [
      'Crosscheck: crosscheck.include: "/**/*" reaches outside the workspace; using "**/*.article".',
      'Crosscheck: crosscheck.maxFiles: -3 is below 1; using 200.',
    ]);
    const { articles } = await api();
    await articles.rescan();
    assert.ok(await loaded('03-state-wire.article'));
  });

  test('Should declare which settings Restricted Mode takes only from the user', () => {
    const ext = vscode.extensions.getExtension('crosscheck.crosscheck')!;
    const caps = ext.packageJSON.capabilities;
    assert.strictEqual(caps.untrustedWorkspaces.supported, 'limited');
    assert.deepStrictEqual(caps.untrustedWorkspaces.restrictedConfigurations, RESTRICTED.map((k) => `crosscheck.${k}`));
    // Every file is read through vscode.workspace.fs outside a local disk; test/web runs on one.
    assert.strictEqual(caps.virtualWorkspaces, true);
  });
});

suite('Faults while articles are loaded', () => {
  teardown(() => remove('extra.article', 'moved.article', 'unreadable.article'));

  test('Should drop a deleted article from the results', async () => {
    const uri = sample('extra.article');
    await vscode.workspace.fs.writeFile(uri, enc(`Levee report\n\n${PLANTED}\n`));
    await waitFor('the new article to be analysed', () => vscode.languages.getDiagnostics(uri).length > 0);
    await vscode.workspace.fs.delete(uri);
    await waitFor('the deleted article to leave the results', async () => !(await loaded('extra.article')) && vscode.languages.getDiagnostics(uri).length === 0);
  });

  test('Should follow a renamed article to its new name', async () => {
    const from = sample('extra.article'), to = sample('moved.article');
    await vscode.workspace.fs.writeFile(from, enc(`Levee report\n\n${PLANTED}\n`));
    await waitFor('the article to be analysed', () => vscode.languages.getDiagnostics(from).length > 0);
    await vscode.workspace.fs.rename(from, to);
    await waitFor('the old name to leave and the new one to arrive', async () =>
      !(await loaded('extra.article')) && await loaded('moved.article') && vscode.languages.getDiagnostics(to).length > 0);
    assert.strictEqual(vscode.languages.getDiagnostics(from).length, 0);
  });

  test('Should report a file it cannot read and still analyse the others', async function () {
    // A link to this process's own memory map: a regular file whose read fails with EIO. Needs a
    // local Linux disk, not the browser's virtual file system (test/web).
    if (sample('unreadable.article').scheme !== 'file' || process.platform !== 'linux') this.skip();
    const fs = await import('fs');
    fs.symlinkSync('/proc/self/mem', sample('unreadable.article').fsPath);
    await vscode.commands.executeCommand('crosscheck.refresh');
    const [shown] = await waitFor('the read error message', async () => { const m = await messages(/unreadable\.article/); return m.length ? m : undefined; });
    assert.match(shown, /^Crosscheck skipped unreadable\.article: cannot read: /);
    assert.ok(await loaded('01-harlow-gazette.article') && await loaded('02-valley-courier.article') && await loaded('03-state-wire.article'));
    assert.strictEqual(await loaded('unreadable.article'), false);
  });
});
