import * as assert from 'assert';
import * as vscode from 'vscode';
import { analysedWithout, api, EXTENSION_ID, sample, waitFor } from './helpers';

const GAZETTE = '01-harlow-gazette.article';
const COURIER = '02-valley-courier.article';
const WIRE = '03-state-wire.article';

const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

async function diagnostic(name: string | vscode.Uri, code: string, text?: string): Promise<vscode.Diagnostic> {
  const uri = typeof name === 'string' ? sample(name) : name;
  const doc = await vscode.workspace.openTextDocument(uri);
  return waitFor(`a ${code} diagnostic${text ? ` on "${text}"` : ''} in ${uri.path}`, () =>
    vscode.languages.getDiagnostics(uri).find((d) => codeOf(d) === code && (!text || doc.getText(d.range) === text)));
}

function codes(uri: vscode.Uri): string[] {
  return vscode.languages.getDiagnostics(uri).map(codeOf);
}

async function setting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('crosscheck').update(key, value, vscode.ConfigurationTarget.Workspace);
}

suite('Diagnostics say what disagrees and with whom', () => {
  suiteSetup(async () => {
    await api();
  });

  test('Should give each rule a code that opens its heading in the README', async () => {
    const d = await diagnostic(COURIER, 'name-typo', 'Ines Carvahlo');
    const target = (d.code as { target: vscode.Uri }).target;
    assert.ok(target.path.endsWith('/README.md'), target.toString());
    const line = Number(/^L(\d+)$/.exec(target.fragment)?.[1]);
    const readme = await vscode.workspace.openTextDocument(target.with({ fragment: '' }));
    assert.strictEqual(readme.uri.toString(), vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, 'README.md').toString());
    assert.strictEqual(readme.lineAt(line - 1).text, '### name-typo');
    // The open README is documentation, not one more article to compare.
    const { analysis } = await api();
    assert.ok(!(await analysis.run())!.articles.has(readme.uri.toString()));
  });

  test('Should tell the majority spelling which article has the typo', async () => {
    const d = await diagnostic(GAZETTE, 'name-typo', 'Ines Carvalho');
    assert.strictEqual(d.message, "Spelled 'Ines Carvalho' here; 'Ines Carvahlo' in 02-valley-courier.article (likely typo)");
    const related = (d.relatedInformation ?? []).map((r) => `${r.location.uri.path.split('/').pop()}: ${r.message}`).sort();
    assert.deepStrictEqual(related, [`${COURIER}: "Ines Carvahlo"`, `${WIRE}: "Ines Carvalho"`]);
  });

  test('Should give the changed words of a reworded quote on both sides', async () => {
    const gazette = await diagnostic(GAZETTE, 'quote-wording');
    assert.strictEqual(gazette.message, "Rowan Aldridge quoted differently: 'pulled' here, 'got' in 02-valley-courier.article");
    assert.strictEqual(gazette.severity, vscode.DiagnosticSeverity.Warning);
    const courier = await diagnostic(COURIER, 'quote-wording');
    assert.strictEqual(courier.message, "Rowan Aldridge quoted differently: 'got' here, 'pulled' in 01-harlow-gazette.article");
    assert.match(courier.relatedInformation![0].message, /^"We pulled every family.*" \(Rowan Aldridge\)$/);
  });

  test('Should name both speakers of words credited to two people', async () => {
    const d = await diagnostic(COURIER, 'quote-speaker');
    assert.strictEqual(d.message, 'Credited to Ines Carvalho here; to Pavel Drozdov in 01-harlow-gazette.article');
  });

  test('Should give the other article\'s figure for the same claim', async () => {
    const d = await diagnostic(COURIER, 'figure-mismatch', 'nine deaths');
    assert.strictEqual(d.message, "Figure for killed people differs: 'nine deaths' here; 'killed seven people' in 01-harlow-gazette.article");
  });

  test('Should report a transliteration as information, on the variant only as such', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Levee report\n\nEngineer Pavel Drozdow said the levee held through the night.\n' });
    try {
      const d = await diagnostic(doc.uri, 'name-transliteration', 'Pavel Drozdow');
      assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Information);
      assert.strictEqual(d.message, "Spelled 'Pavel Drozdow' here; 'Pavel Drozdov' in 2 other articles (transliteration differs)");
    } finally {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await analysedWithout(doc.uri);
  });

  test('Should follow the severity settings per kind, and hide a kind that is off', async () => {
    try {
      await setting('severity.person', 'error');
      await waitFor('names as errors', async () => (await diagnostic(COURIER, 'name-typo')).severity === vscode.DiagnosticSeverity.Error);
      await setting('severity.person', 'off');
      await waitFor('no name diagnostics', () => !codes(sample(COURIER)).some((c) => c.startsWith('name-')));
      // Off hides the squiggles, not the conflict: the tree still lists it.
      const { analysis } = await api();
      assert.ok(analysis.latest!.analysis.conflicts.some((c) => c.kind === 'person'));
      assert.ok(codes(sample(COURIER)).includes('figure-mismatch'));
    } finally {
      await setting('severity.person', undefined);
    }
    await diagnostic(COURIER, 'name-typo');
  });

  test('Should check only the kinds chosen in settings', async () => {
    const { analysis } = await api();
    try {
      await setting('kinds', ['person', 'quote']);
      await waitFor('no figure diagnostics', () => !codes(sample(COURIER)).includes('figure-mismatch'));
      assert.ok(!analysis.latest!.analysis.conflicts.some((c) => c.kind === 'number'));
      assert.ok(codes(sample(COURIER)).includes('name-typo'));
    } finally {
      await setting('kinds', undefined);
    }
    await diagnostic(COURIER, 'figure-mismatch');
  });

  test('Should follow an article written, changed and deleted on disk', async () => {
    const uri = sample('04-river-post.article');
    const write = (text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    try {
      await write('River falls\n\nFire chief Rowan Aldrige said every street was checked.\n');
      await diagnostic(uri, 'name-typo', 'Rowan Aldrige');
      await write('River falls\n\nFire chief Rowan Aldridge said every street was checked.\n');
      await waitFor('the typo to be gone once fixed on disk', () => !codes(uri).includes('name-typo'));
      await write('River falls\n\nFire chief Rowan Aldrigde said every street was checked.\n');
      await diagnostic(uri, 'name-typo', 'Rowan Aldrigde');
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
    await waitFor('the deleted article to leave the analysis', async () => {
      const { analysis } = await api();
      return !analysis.latest!.articles.has(uri.toString()) && codes(uri).length === 0 && !vscode.languages.getDiagnostics(sample(GAZETTE)).some((d) => /Aldrigde/.test(d.message));
    });
  });
});
