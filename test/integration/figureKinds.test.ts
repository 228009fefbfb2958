// The figure kinds that are frames but not counts (a time of day, a distance) get the same editor
// features as a count: a diagnostic pointing into the other article, a hover with every figure given
// for the claim, a quick fix taking the other article's figure whole, and a place in the tree.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { analysedWithout, analysisOfLoaded, api, copyFixture, waitFor } from './helpers';

const ARTICLES = ['harbour-times.txt', 'coast-herald.txt'];

suite('Times of day and distances in the editor', () => {
  let folder: vscode.Uri;
  let here: vscode.TextDocument;

  suiteSetup(async () => {
    folder = await copyFixture('figure-kinds', ARTICLES);
    here = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, ARTICLES[0]));
    await vscode.window.showTextDocument(here);
    await waitFor('the time and the distance to be flagged', () => {
      const subjects = vscode.languages.getDiagnostics(here.uri).map((d) => d.message).join('\n');
      return /time of day/.test(subjects) && /distance/.test(subjects);
    }, 30000);
    // Hovers and fixes answer only from an analysis of the document as it is now.
    await waitFor('an analysis of the opened article', async () => (await api()).analysis.latest?.articles.get(here.uri.toString())?.text === here.getText());
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // As in the folder suite: the article never opened leaves; the opened one stays a document in memory.
    await analysedWithout(vscode.Uri.joinPath(folder, ARTICLES[1]));
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
    await analysisOfLoaded();
  });

  const at = (text: string) => {
    const i = here.getText().indexOf(text);
    assert.ok(i >= 0, text);
    return new vscode.Range(here.positionAt(i), here.positionAt(i + text.length));
  };

  test('Should flag the time with a link to the other article\'s time', () => {
    const d = vscode.languages.getDiagnostics(here.uri).find((x) => /time of day/.test(x.message))!;
    assert.strictEqual(here.getText(d.range), '9:15 p.m.');
    const related = d.relatedInformation!.find((r) => r.location.uri.path.endsWith(ARTICLES[1]))!;
    assert.ok(related, 'related information points into the other article');
  });

  test('Should show every figure given for the time in the hover', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', here.uri, at('9:15 p.m.').start.translate(0, 2));
    const md = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value))).join('\n');
    assert.match(md, /\*\*Figures for time of day/);
    // The hover's Markdown escapes the full stops.
    assert.match(md, /\*\*9:15 p\\\.m\\\.\*\* · \[figure-kinds\/harbour-times\.txt\]\([^)]*\) \(here\)/);
    assert.match(md, /\*\*8:50 p\\\.m\\\.\*\* · \[figure-kinds\/coast-herald\.txt\]/);
  });

  test('Should replace the distance whole with the other article\'s, unit and all', async () => {
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', here.uri, at('12 miles'));
    const fix = actions.find((a) => a.title === "Use the figure from figure-kinds/coast-herald.txt ('20 miles')");
    assert.ok(fix, actions.map((a) => a.title).join(', '));
    const [[uri, [edit]]] = fix.edit!.entries();
    assert.strictEqual(uri.toString(), here.uri.toString());
    assert.strictEqual(here.getText(edit.range), '12 miles');
    assert.strictEqual(edit.newText, '20 miles');
  });

  test('Should list both conflicts under Figures in the tree', async () => {
    const { tree } = await api();
    const figures = await waitFor('the figures group', () => tree.getChildren().find((g) => g.type === 'group' && g.kind === 'number'));
    const subjects = tree.getChildren(figures).map((n) => (n.type === 'conflict' ? n.conflict.subject : ''));
    assert.ok(subjects.some((s) => s?.startsWith('time of day')), subjects.join(', '));
    assert.ok(subjects.some((s) => s?.startsWith('distance')), subjects.join(', '));
  });
});
