import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Node } from '../../src/editor/tree';
import { api, sample, waitFor } from './helpers';

const GAZETTE = '01-harlow-gazette.article';
const COURIER = '02-valley-courier.article';

async function diagnosticsFor(name: string, pattern: RegExp): Promise<vscode.Diagnostic[]> {
  return waitFor(`a diagnostic matching ${pattern} in ${name}`, () => {
    const list = vscode.languages.getDiagnostics(sample(name)).filter((d) => pattern.test(d.message));
    return list.length ? list : undefined;
  });
}

suite('Conflicts between the sample articles', () => {
  suiteSetup(async () => {
    await api();
  });

  test('Should flag the misspelt mayor with a warning linked to the correct spelling', async () => {
    const [d] = await diagnosticsFor(COURIER, /^Spelled/);
    const doc = await vscode.workspace.openTextDocument(sample(COURIER));
    assert.strictEqual(doc.getText(d.range), 'Ines Carvahlo');
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.strictEqual(d.source, 'crosscheck');
    assert.strictEqual(d.message, "Spelled 'Ines Carvahlo' here; 'Ines Carvalho' in 2 other articles (likely typo)");
    const related = d.relatedInformation ?? [];
    const inGazette = related.find((r) => r.location.uri.path.endsWith(GAZETTE));
    assert.ok(inGazette, `related information: ${related.map((r) => r.location.uri.path).join(', ')}`);
    const gazette = await vscode.workspace.openTextDocument(sample(GAZETTE));
    assert.strictEqual(gazette.getText(inGazette.location.range), 'Ines Carvalho');
  });

  test('Should flag the two death tolls on both sides', async () => {
    const [courier] = await diagnosticsFor(COURIER, /^Figure/);
    const [gazette] = await diagnosticsFor(GAZETTE, /^Figure/);
    const doc = await vscode.workspace.openTextDocument(sample(COURIER));
    assert.strictEqual(doc.getText(courier.range), 'nine deaths');
    const other = await vscode.workspace.openTextDocument(sample(GAZETTE));
    assert.strictEqual(other.getText(gazette.range), 'killed seven people');
    assert.strictEqual(other.getText(courier.relatedInformation![0].location.range), 'killed seven people');
  });

  test('Should not flag "three" against "3" bridges or an excerpt of a longer quote', async () => {
    await diagnosticsFor(GAZETTE, /./);
    const all = [...vscode.languages.getDiagnostics()].flatMap(([uri, ds]) => ds.map((d) => ({ uri, d })));
    const texts = await Promise.all(all.map(async ({ uri, d }) => (await vscode.workspace.openTextDocument(uri)).getText(d.range)));
    assert.ok(!texts.some((t) => /bridges/.test(t)), texts.join(' | '));
    assert.ok(!texts.some((t) => /river rose faster/.test(t)), texts.join(' | '));
  });

  test('Should show every spelling of a person on hover', async () => {
    const doc = await vscode.workspace.openTextDocument(sample(GAZETTE));
    await diagnosticsFor(GAZETTE, /./);
    const pos = doc.positionAt(doc.getText().indexOf('Ines Carvalho') + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value))).join('\n');
    assert.match(text, /`Ines Carvahlo`: \[02-valley-courier\.article\]/);
    assert.match(text, /`Ines Carvalho`: \[01-harlow-gazette\.article\]/);
  });

  test('Should list conflicts by kind in the tree and reveal a passage on click', async () => {
    const { tree } = await api();
    const groups = await waitFor('tree groups', () => { const g = tree.getChildren(); return g.length ? g : undefined; });
    const labels = groups.map((g) => String(tree.getTreeItem(g).label));
    assert.deepStrictEqual(labels, ['Names (1)', 'Quotes (2)', 'Figures (1)']);
    const [names] = groups;
    const [conflict] = tree.getChildren(names);
    assert.strictEqual(tree.getTreeItem(conflict).label, 'Ines Carvalho (3)');
    const occurrences = tree.getChildren(conflict) as Extract<Node, { type: 'occurrence' }>[];
    const typo = occurrences.find((o) => o.occurrence.text === 'Ines Carvahlo')!;
    const item = tree.getTreeItem(typo);
    assert.strictEqual(item.description, `${COURIER}:5`);
    await vscode.commands.executeCommand(item.command!.command, ...item.command!.arguments!);
    const editor = await waitFor('the courier article in the editor', () => {
      const e = vscode.window.activeTextEditor;
      return e?.document.uri.path.endsWith(COURIER) ? e : undefined;
    });
    assert.strictEqual(editor.document.getText(editor.selection), 'Ines Carvahlo');
  });

  test('Should offer a quick fix with the spelling the other articles use', async () => {
    const doc = await vscode.workspace.openTextDocument(sample(COURIER));
    const [d] = await diagnosticsFor(COURIER, /^Spelled/);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range);
    const fix = actions.find((a) => a.title === "Use 'Ines Carvalho' (as in 2 articles)");
    assert.ok(fix, actions.map((a) => a.title).join(', '));
    assert.strictEqual(fix.kind?.value, vscode.CodeActionKind.QuickFix.value);
  });
});
