// The People view: every person the loaded articles mention, each with the spellings used and,
// under each spelling, its mentions by article. Spellings that a conflict flags carry a warning.
import * as vscode from 'vscode';
import type { AnalysisResult } from './analysis';
import { AnalysisTree } from './analysisTree';
import type { Person, PersonMention } from '../core';
import { articleLabel, snippet } from './labels';
import { uniqueIds } from './treeIds';
import { REVEAL_COMMAND } from './tree';

export type PersonNode = { type: 'person'; id: string; person: Person; articles: number; children: SpellingNode[] };
export type SpellingNode = { type: 'spelling'; id: string; text: string; flagged: boolean; parent: PersonNode; children: MentionNode[] };
export type MentionNode = { type: 'mention'; id: string; mention: PersonMention; parent: SpellingNode };
export type PeopleNode = PersonNode | SpellingNode | MentionNode;

export class PeopleTree extends AnalysisTree<PeopleNode, PersonNode> {
  constructor() {
    super('crosscheck.people');
  }

  update(result: AnalysisResult): void {
    this.show(result, buildNodes(result));
  }

  getTreeItem(node: PeopleNode): vscode.TreeItem {
    if (node.type === 'person') {
      const p = node.person;
      const item = new vscode.TreeItem(p.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = node.id;
      const spellings = node.children.length;
      item.description = `${count(node.articles, 'article')}, ${count(p.mentions.length, 'mention')}` + (spellings > 1 ? `, written ${spellings} ways` : '');
      item.tooltip = [p.name, p.titles.length ? `Titles: ${p.titles.join('; ')}` : '', p.quotes.length ? count(p.quotes.length, 'quote') : ''].filter(Boolean).join('\n');
      item.iconPath = new vscode.ThemeIcon(node.children.some((s) => s.flagged) ? 'warning' : 'person');
      return item;
    }
    if (node.type === 'spelling') {
      const item = new vscode.TreeItem(node.text, vscode.TreeItemCollapsibleState.Expanded);
      item.id = node.id;
      const articles = new Set(node.children.map((m) => m.mention.path)).size;
      item.description = `${count(articles, 'article')}, ${count(node.children.length, 'mention')}`;
      item.tooltip = node.flagged ? `"${node.text}" disagrees with how the other articles spell ${node.parent.person.name}` : undefined;
      item.iconPath = new vscode.ThemeIcon(node.flagged ? 'warning' : 'symbol-text');
      return item;
    }
    const m = node.mention;
    const article = this.result?.articles.get(m.path);
    const uri = this.uriOf(m.path);
    const item = new vscode.TreeItem(articleLabel(uri), vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    item.description = `line ${this.line(m.path, m.start)}: ${context(article?.text ?? '', m.start, m.end)}`;
    item.tooltip = m.title ? `${m.text} (${m.title})` : m.text;
    // Not a resourceUri: its problem decorations would recolour every row of a flagged article.
    item.iconPath = new vscode.ThemeIcon('file-text');
    item.command = { command: REVEAL_COMMAND, title: 'Go to Passage', arguments: [uri.toString(), m.start, m.end] };
    return item;
  }
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** A few whole words either side of a mention, on its line, with an ellipsis where cut. */
export function context(text: string, start: number, end: number): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const lineEnd = nl < 0 ? text.length : nl;
  let from = Math.max(lineStart, start - 30);
  let to = Math.min(lineEnd, end + 40);
  if (from > lineStart) from = text.indexOf(' ', from) + 1 || start;
  if (to < lineEnd) to = Math.max(end, text.lastIndexOf(' ', to));
  if (from > start) from = start;
  return `${from > lineStart ? '…' : ''}${snippet(text.slice(from, to), 80)}${to < lineEnd ? '…' : ''}`;
}

/** People with differing spellings first, then the most widely reported. */
function buildNodes(result: AnalysisResult): PersonNode[] {
  // The engine marks each spelling that differs from the canonical one with its rule.
  const flagged = new Set<string>();
  for (const c of result.analysis.conflicts) {
    if (c.kind !== 'person') continue;
    for (const o of c.occurrences) if (o.rule) flagged.add(`${o.path}:${o.start}`);
  }
  const unique = uniqueIds();
  const nodes = result.analysis.people.map((person) => {
    // Ids from names, not positions, keep what the user expanded across re-analyses.
    const id = unique(`person:${person.name}`);
    const node: PersonNode = { type: 'person', id, person, articles: new Set(person.mentions.map((m) => m.path)).size, children: [] };
    const bySpelling = new Map<string, PersonMention[]>();
    for (const m of person.mentions) bySpelling.set(m.text, [...(bySpelling.get(m.text) ?? []), m]);
    for (const [text, mentions] of bySpelling) {
      const spelling: SpellingNode = { type: 'spelling', id: `${node.id}|${text}`, text, flagged: mentions.some((m) => flagged.has(`${m.path}:${m.start}`)), parent: node, children: [] };
      spelling.children = mentions.map((mention) => ({ type: 'mention', id: `${spelling.id}|${mention.path}:${mention.start}`, mention, parent: spelling }));
      node.children.push(spelling);
    }
    // The most used spelling first: the one the other spellings are compared with.
    node.children.sort((a, b) => b.children.length - a.children.length || a.text.localeCompare(b.text));
    return node;
  });
  const flaggedFirst = (n: PersonNode) => (n.children.some((s) => s.flagged) ? 0 : 1);
  return nodes.sort((a, b) => flaggedFirst(a) - flaggedFirst(b) || b.articles - a.articles || b.person.mentions.length - a.person.mentions.length || a.person.name.localeCompare(b.person.name));
}
