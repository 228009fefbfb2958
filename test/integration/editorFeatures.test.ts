import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Node } from '../../src/editor/tree';
import { analysisOfLoaded, api, EXTENSION_ID, sample, waitFor } from './helpers';

const GAZETTE = '01-harlow-gazette.article';
const COURIER = '02-valley-courier.article';
const ACCEPTED = '.crosscheck.json';

/**
 * Waits for an analysis of `doc` as it is now: after the previous test's fix and undo, the latest
 * analysis may still be of the edited text, which hovers and quick fixes rightly ignore.
 */
async function analysed(doc?: vscode.TextDocument): Promise<void> {
  await waitFor(doc ? `an analysis of ${doc.uri.path} as it is now` : 'an analysis', async () => {
    const latest = (await api()).analysis.latest;
    return latest && (!doc || latest.articles.get(doc.uri.toString())?.text === doc.getText());
  });
}

async function hoverAt(name: string, text: string, into = 2): Promise<string> {
  const doc = await vscode.workspace.openTextDocument(sample(name));
  await analysed(doc);
  const pos = doc.positionAt(doc.getText().indexOf(text) + into);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value))).join('\n');
}

async function actionsAt(name: string, text: string): Promise<vscode.CodeAction[]> {
  const doc = await vscode.workspace.openTextDocument(sample(name));
  await analysed(doc);
  const at = doc.getText().indexOf(text);
  const range = new vscode.Range(doc.positionAt(at), doc.positionAt(at + text.length));
  return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range);
}

/** Applies a fix and undoes it, checking that it changed this article only, in one undo step. */
async function applyAndUndo(name: string, fix: vscode.CodeAction, expect: string): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(sample(name));
  const before = doc.getText();
  assert.deepStrictEqual(fix.edit!.entries().map(([uri]) => uri.toString()), [doc.uri.toString()]);
  await vscode.window.showTextDocument(doc);
  assert.ok(await vscode.workspace.applyEdit(fix.edit!));
  assert.ok(doc.getText().includes(expect), doc.getText());
  await vscode.commands.executeCommand('undo');
  await waitFor('the undo', () => doc.getText() === before);
  await doc.save();
  // The analysis of the edit may come after the undo: wait for the one of the text as it is again.
  await analysisOfLoaded();
}

function linksIn(markdown: string): { text: string; args: [string, number, number] }[] {
  return [...markdown.matchAll(/\[([^\]]+)\]\(command:crosscheck\.revealOccurrence\?([^ )]+)/g)].map((m) => ({ text: m[1], args: JSON.parse(decodeURIComponent(m[2])) }));
}

suite('Hovers, quick fixes and accepted variants', () => {
  suiteSetup(async () => {
    await api();
  });

  test('Should show a person card with spellings, titles and quotes, each line opening its passage', async () => {
    const md = await hoverAt(GAZETTE, 'Ines Carvalho');
    assert.match(md, /^\*\*Ines Carvalho\*\* · 3 articles/);
    assert.match(md, /- `Ines Carvalho`: \[01-harlow-gazette\.article\]\([^)]*\) ×1, \[03-state-wire\.article\]\([^)]*\) ×1/);
    assert.match(md, /- `Ines Carvahlo`: \[02-valley-courier\.article\]\([^)]*\) ×1/);
    assert.match(md, /\*\*Titles and ages\*\*\n\n- \[01-harlow-gazette\.article\]\([^)]*\): mayor/);
    assert.match(md, /\*\*Quoted\*\*\n\n- \[“The river rose faster than any model we…”\]/);
    const quote = linksIn(md).find((l) => l.text.startsWith('“The river rose'))!;
    await vscode.commands.executeCommand('crosscheck.revealOccurrence', ...quote.args);
    const editor = vscode.window.activeTextEditor!;
    assert.match(editor.document.getText(editor.selection), /^The river rose faster than any model we had/);
  });

  test('Should show the other versions of a quote with the changed words marked and their speaker', async () => {
    const md = await hoverAt(GAZETTE, 'We pulled every family', 4);
    assert.match(md, /credited to Rowan Aldridge here/);
    assert.match(md, /\[02-valley-courier\.article\]\([^)]*\) · Rowan Aldridge\n\n> We ~~pulled~~ \*\*got\*\* every family out of the east bank/);
  });

  test('Should show every figure given for the claim with the sentence around it', async () => {
    const md = await hoverAt(COURIER, 'nine deaths');
    assert.match(md, /^\*\*Figures for killed people\*\*/);
    assert.match(md, /- \*\*killed seven people\*\* · \[01-harlow-gazette\.article\]\([^)]*\): “Mayor Ines Carvalho said the flood killed seven people, most of them/);
    assert.match(md, /- \*\*nine deaths\*\* · \[02-valley-courier\.article\]\([^)]*\) \(here\): “The death toll in Harlow Creek rose to nine deaths on Sunday/);
  });

  test('Should fix a misspelt name with the majority spelling, in this article only, in one undo', async () => {
    const fix = (await actionsAt(COURIER, 'Ines Carvahlo')).find((a) => a.title === "Use 'Ines Carvalho' (as in 2 articles)");
    assert.ok(fix);
    assert.strictEqual(fix.isPreferred, true);
    await applyAndUndo(COURIER, fix, 'Mayor Ines Carvalho thanked');
  });

  test('Should take the wording of a quote from another article', async () => {
    const actions = await actionsAt(COURIER, 'We got every family');
    const fix = actions.find((a) => a.title === `Use the wording from ${GAZETTE}`);
    assert.ok(fix, actions.map((a) => a.title).join(', '));
    await applyAndUndo(COURIER, fix, '"We pulled every family out of the east bank before the water reached the second floor," Aldridge said.');
  });

  test('Should take only the figure from another article', async () => {
    const actions = await actionsAt(COURIER, 'nine deaths');
    const fix = actions.find((a) => a.title === `Use the figure from ${GAZETTE} ('seven')`);
    assert.ok(fix, actions.map((a) => a.title).join(', '));
    await applyAndUndo(COURIER, fix, 'rose to seven deaths on Sunday');
  });

  test('Should stop flagging an accepted variant everywhere, and flag it again when the file goes', async () => {
    const { analysis, tree } = await api();
    const file = sample(ACCEPTED);
    const names = () => analysis.latest!.analysis.conflicts.filter((c) => c.kind === 'person').length;
    const accept = (await actionsAt(COURIER, 'Ines Carvahlo')).find((a) => a.title === `Accept 'Ines Carvahlo' as a variant (${ACCEPTED})`);
    assert.ok(accept?.command);
    const before = (await analysis.run())!;
    try {
      assert.strictEqual(await vscode.commands.executeCommand(accept.command.command, ...accept.command.arguments!), true);
      const saved = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)));
      assert.deepStrictEqual(saved, { acceptedVariants: [{ kind: 'person', variants: ['Ines Carvalho', 'Ines Carvahlo'] }] });
      assert.strictEqual(names(), 0, 'hidden as soon as the command is done');
      // The worker's stats object comes with each analysis it makes: the same one means its last
      // answer was filtered again, not analysed again.
      assert.strictEqual(analysis.latest!.stats, before.stats, 'no new analysis');
      assert.ok(!vscode.languages.getDiagnostics(sample(COURIER)).some((d) => /Carvahlo/.test(d.message)));
      assert.ok(!tree.getChildren().some((g) => g.type === 'group' && g.kind === 'person'));
    } finally {
      await vscode.workspace.fs.delete(file);
    }
    await waitFor('the name conflict to come back after the file is deleted', () => names() === 1);
  });

  test('Should accept a whole conflict from the tree\'s context menu', async () => {
    const { analysis, tree } = await api();
    const menu = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.menus['view/item/context'] as { command: string; when: string }[];
    const entry = menu.find((m) => m.command === 'crosscheck.acceptVariant')!;
    assert.match(entry.when, /viewItem =~/);
    const figures = await waitFor('the figures group', () => tree.getChildren().find((g) => g.type === 'group' && g.kind === 'number'));
    const [conflict] = tree.getChildren(figures) as Node[];
    assert.strictEqual(tree.getTreeItem(conflict).contextValue, 'conflict');
    assert.strictEqual(tree.getTreeItem(tree.getChildren(conflict)[0]).contextValue, 'occurrence');
    try {
      assert.strictEqual(await vscode.commands.executeCommand('crosscheck.acceptVariant', conflict), true);
      await waitFor('the figure conflict to go', () => !analysis.latest!.analysis.conflicts.some((c) => c.kind === 'number'));
    } finally {
      await vscode.workspace.fs.delete(sample(ACCEPTED));
    }
    await waitFor('the figure conflict to come back', () => analysis.latest!.analysis.conflicts.some((c) => c.kind === 'number'));
  });

  test('Should accept one spelling from its occurrence in the tree, next to the majority spelling', async () => {
    const { analysis, tree } = await api();
    const names = await waitFor('the names group', () => tree.getChildren().find((g) => g.type === 'group' && g.kind === 'person'));
    const [conflict] = tree.getChildren(names);
    const typo = tree.getChildren(conflict).find((n) => n.type === 'occurrence' && n.occurrence.text === 'Ines Carvahlo')!;
    try {
      assert.strictEqual(await vscode.commands.executeCommand('crosscheck.acceptVariant', typo), true);
      const saved = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(sample(ACCEPTED))));
      assert.deepStrictEqual(saved.acceptedVariants, [{ kind: 'person', variants: ['Ines Carvalho', 'Ines Carvahlo'] }]);
      await waitFor('the name conflict to go', () => !analysis.latest!.analysis.conflicts.some((c) => c.kind === 'person'));
    } finally {
      await vscode.workspace.fs.delete(sample(ACCEPTED));
    }
    await waitFor('the name conflict to come back', () => analysis.latest!.analysis.conflicts.some((c) => c.kind === 'person'));
  });

  test('Should reload the file when the team edits it outside the extension', async () => {
    const { analysis } = await api();
    const figures = () => analysis.latest!.analysis.conflicts.filter((c) => c.kind === 'number').length;
    await waitFor('the figure conflict', () => figures() === 1);
    const entry = { kind: 'number', variants: ['nine deaths', 'killed seven people'] };
    const before = (await analysis.run())!;
    try {
      await vscode.workspace.fs.writeFile(sample(ACCEPTED), new TextEncoder().encode(JSON.stringify({ acceptedVariants: [entry] })));
      await waitFor('the figure conflict to go', () => figures() === 0);
      assert.strictEqual(analysis.latest!.stats, before.stats, 'the last analysis filtered again, not a new one');
      // Diagnostics are published in slices after the result: wait for them on a busy machine.
      await (await api()).diagnostics.settled;
      assert.ok(!vscode.languages.getDiagnostics(sample(COURIER)).some((d) => d.message.startsWith('Figure')));
    } finally {
      await vscode.workspace.fs.delete(sample(ACCEPTED));
    }
    await waitFor('the figure conflict to come back', () => figures() === 1);
  });

  test('Should ignore a malformed file with a reason, and never write over it', async () => {
    const { analysis, accepted } = await api();
    const file = sample(ACCEPTED);
    const broken = '{ "acceptedVariants": [ { "kind": "person", ';
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(broken));
    try {
      await waitFor('the file to be reported as malformed', () => accepted.problems.get(file.toString()));
      assert.match(accepted.problems.get(file.toString())!, /not valid JSON/);
      assert.ok(analysis.latest!.analysis.conflicts.some((c) => c.kind === 'person'));
      const accept = (await actionsAt(COURIER, 'Ines Carvahlo')).find((a) => a.title.startsWith('Accept'))!;
      assert.strictEqual(await vscode.commands.executeCommand(accept.command!.command, ...accept.command!.arguments!), false);
      assert.strictEqual(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)), broken);
    } finally {
      await vscode.workspace.fs.delete(file);
    }
    await waitFor('the deleted file to be forgotten', () => !accepted.problems.has(file.toString()));
  });
});
