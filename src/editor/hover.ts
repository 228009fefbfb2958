// Hovers with the other articles' side: on a name, a card of that person across the articles; on a
// flagged quote, the other versions with a word diff; on a flagged figure, every figure for the claim.
import * as vscode from 'vscode';
import type { AnalysisService } from './analysis';
import { ARTICLE_LANGUAGES, isCurrent } from './articles';
import { Disposable } from './dispose';
import { escapeInline, figureCard, Link, personCard, quoteCard } from './hoverMarkdown';
import { articleLabel } from './labels';
import { REVEAL_COMMAND } from './tree';

export class ConflictHover extends Disposable implements vscode.HoverProvider {
  constructor(private readonly analysis: AnalysisService) {
    super();
    this._register(vscode.languages.registerHoverProvider(ARTICLE_LANGUAGES.map((language) => ({ language })), this));
  }

  provideHover(doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined {
    const result = this.analysis.latest;
    const key = doc.uri.toString();
    // Offsets are into the analysed text; after an edit they wait for the next analysis.
    if (!result || !isCurrent(result.articles.get(key), doc)) return undefined;
    const offset = doc.offsetAt(pos);
    const at = (s: { path: string; start: number; end: number }) => s.path === key && s.start <= offset && offset <= s.end;
    const label = (path: string) => articleLabel(result.articles.get(path)!.uri);
    const link: Link = (text, path, start, end) => {
      const args = encodeURIComponent(JSON.stringify([result.articles.get(path)!.uri.toString(), start, end]));
      return `[${escapeInline(text)}](command:${REVEAL_COMMAND}?${args} "Open this passage")`;
    };
    const sections: string[] = [];
    let span: { start: number; end: number } | undefined;
    const narrowest = (s: { start: number; end: number }) => { if (!span || s.end - s.start < span.end - span.start) span = s; };
    for (const p of result.analysis.people) {
      const m = p.mentions.find(at);
      if (m) { sections.push(personCard(p, label, link)); narrowest(m); }
    }
    for (const c of result.analysis.conflicts) {
      if (c.kind === 'person') continue;
      const o = c.occurrences.find(at);
      if (!o) continue;
      sections.push(c.kind === 'quote' ? quoteCard(c, o, label, link) : figureCard(c, o, label, link, (p) => result.articles.get(p)!.text));
      narrowest(o);
    }
    if (!span) return undefined;
    const md = new vscode.MarkdownString(sections.join('\n\n---\n\n'));
    md.isTrusted = { enabledCommands: [REVEAL_COMMAND] };
    return new vscode.Hover(md, new vscode.Range(doc.positionAt(span.start), doc.positionAt(span.end)));
  }
}
