// Hovering a person's name shows every spelling of that person across the loaded articles, the
// titles they are given and what they are quoted as saying.
import * as vscode from 'vscode';
import type { AnalysisService } from './analysis';
import { ARTICLE_LANGUAGES } from './articles';
import type { Person } from './core';
import { Disposable } from './dispose';
import { articleLabel, snippet } from './labels';

export class PersonHover extends Disposable implements vscode.HoverProvider {
  constructor(private readonly analysis: AnalysisService) {
    super();
    this._register(vscode.languages.registerHoverProvider(ARTICLE_LANGUAGES.map((language) => ({ language })), this));
  }

  provideHover(doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined {
    const result = this.analysis.latest;
    const key = doc.uri.toString();
    // Offsets are into the analysed text; after an edit they wait for the next analysis.
    if (!result || result.articles.get(key)?.text !== doc.getText()) return undefined;
    const offset = doc.offsetAt(pos);
    for (const p of result.analysis.people) {
      const m = p.mentions.find((x) => x.path === key && x.start <= offset && offset <= x.end);
      if (m) return new vscode.Hover(render(p, result.articles), new vscode.Range(doc.positionAt(m.start), doc.positionAt(m.end)));
    }
    return undefined;
  }
}

function render(p: Person, articles: ReadonlyMap<string, { uri: vscode.Uri }>): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendMarkdown(`**${escape(p.name)}** · Crosscheck\n\n`);
  const spellings = new Map<string, Set<string>>();
  for (const m of p.mentions) {
    const label = articleLabel(articles.get(m.path)!.uri);
    spellings.set(m.text, (spellings.get(m.text) ?? new Set()).add(label));
  }
  md.appendMarkdown('Spellings:\n');
  for (const [spelling, where] of spellings) md.appendMarkdown(`- \`${spelling.replace(/`/g, "'")}\` in ${[...where].map(escape).join(', ')}\n`);
  if (p.titles.length) md.appendMarkdown(`\nTitles: ${p.titles.map(escape).join('; ')}\n`);
  if (p.quotes.length) {
    md.appendMarkdown('\nQuoted:\n');
    for (const q of p.quotes.slice(0, 5)) md.appendMarkdown(`- "${escape(snippet(q.text, 80))}" (${escape(articleLabel(articles.get(q.path)!.uri))})\n`);
    if (p.quotes.length > 5) md.appendMarkdown(`- …and ${p.quotes.length - 5} more\n`);
  }
  return md;
}

function escape(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
