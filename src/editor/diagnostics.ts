// Publishes one diagnostic per occurrence of every conflict: a message saying what the other
// articles write instead, a code linking to the rule's section of the README, the rule's severity
// (or the user's, per kind), and related information pointing at every other version.
import * as vscode from 'vscode';
import type { AnalysisResult } from './analysis';
import type { Config } from './config';
import type { RuleId } from '../core';
import { LineIndex, toSeverity } from './convert';
import { Disposable } from './dispose';
import { articleLabel, snippet } from './labels';
import { occurrenceMessage } from './messages';
import { relatedPassages } from './relatedPassages';
import { ruleHeadingLines, ruleOf, severityOf } from './rules';

export const DIAGNOSTIC_SOURCE = 'crosscheck';

export interface Readme {
  readonly uri: vscode.Uri;
  /** Empty if it could not be read: a code without a line still names its rule. */
  readonly text: string;
}

/** Where the README that documents the rules is: vsce packages it as readme.md, the source tree has README.md. */
export function readmeUris(extensionUri: vscode.Uri): vscode.Uri[] {
  return ['README.md', 'readme.md'].map((n) => vscode.Uri.joinPath(extensionUri, n));
}

/**
 * The README, read through vscode.workspace.fs, which reaches the extension's files in the browser
 * too (there over HTTP, hence never awaited by activation).
 */
export async function loadReadme(extensionUri: vscode.Uri): Promise<Readme> {
  const uris = readmeUris(extensionUri);
  for (const uri of uris) {
    try {
      return { uri, text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)) };
    } catch {
      // Try the other spelling.
    }
  }
  return { uri: uris[0], text: '' };
}

export class ConflictDiagnostics extends Disposable {
  readonly #collection = this._register(vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE));
  #readme: vscode.Uri | undefined;
  #headings = new Map<RuleId, number>();
  /** Diagnostics wait for it, so their codes link to the rules' headings; activation does not. */
  readonly #readmeLoaded: Promise<void>;
  #generation = 0;
  #settled: Promise<void> = Promise.resolve();
  /** What each article's diagnostics were last published as. */
  readonly #published = new Map<string, { uri: vscode.Uri; signature: string }>();

  constructor(readme: Promise<Readme>, private readonly config: Config) {
    super();
    this.#readmeLoaded = readme.then((r) => {
      this.#readme = r.uri;
      this.#headings = ruleHeadingLines(r.text);
    });
  }

  /** The README at the rule's heading: `#L<line>` opens the file there when the code is clicked. */
  ruleTarget(rule: RuleId): vscode.Uri {
    const line = this.#headings.get(rule);
    return this.#readme!.with({ fragment: line === undefined ? rule : `L${line + 1}` });
  }

  /**
   * Publishes the diagnostics for an analysis. Built in slices of a few milliseconds, so a workspace
   * of hundreds of articles never blocks the extension host for long (a newer analysis abandons an
   * older build), then published in one call for just the articles whose diagnostics changed.
   */
  update(result: AnalysisResult): Promise<void> {
    this.#settled = this.#publish(result);
    return this.#settled;
  }

  /** Resolves once the latest update has been published (or superseded). */
  get settled(): Promise<void> {
    return this.#settled;
  }

  async #publish(result: AnalysisResult): Promise<void> {
    await this.#readmeLoaded;
    const generation = ++this.#generation;
    const labels = new Map<string, string>();
    const label = (key: string) => {
      let l = labels.get(key);
      if (l === undefined) labels.set(key, (l = articleLabel(result.articles.get(key)!.uri)));
      return l;
    };
    const indexes = new Map<string, LineIndex>();
    const where = (key: string, start: number, end: number) => {
      const a = result.articles.get(key)!;
      if (!indexes.has(key)) indexes.set(key, new LineIndex(a.text));
      return new vscode.Location(a.uri, indexes.get(key)!.range(start, end));
    };
    const byArticle = new Map<string, { list: vscode.Diagnostic[]; keys: string[] }>();
    const settings = this.config.settings;
    /** Yields the thread; false when a newer analysis or disposal made this publication moot. */
    const stillCurrent = async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      return generation === this.#generation && !this.isDisposed;
    };
    // Not in the task that received the analysis: that one also feeds the views.
    if (!(await stillCurrent())) return;
    let slice = Date.now();
    for (const c of result.analysis.conflicts) {
      const relatedTo = relatedPassages(c);
      // Each passage's location and description once per conflict, not once per pair.
      // VS Code shows the file and position next to the message: the message is the version itself.
      const related = c.occurrences.map((x) => new vscode.DiagnosticRelatedInformation(where(x.path, x.start, x.end),
        `"${snippet(x.text)}"${c.kind === 'quote' && x.speaker ? ` (${x.speaker})` : ''}`));
      for (const [i, o] of c.occurrences.entries()) {
        if (Date.now() - slice >= SLICE_MS) {
          if (!(await stillCurrent())) return;
          slice = Date.now();
        }
        const rule = ruleOf(c, o);
        const severity = severityOf(rule, settings.severity[c.kind]);
        if (!severity) continue;
        const d = new vscode.Diagnostic(related[i].location.range, occurrenceMessage(c, o, label), toSeverity(severity));
        d.source = DIAGNOSTIC_SOURCE;
        d.code = { value: rule, target: this.ruleTarget(rule) };
        d.relatedInformation = relatedTo(i).map((j) => related[j]);
        const mine = byArticle.get(o.path) ?? byArticle.set(o.path, { list: [], keys: [] }).get(o.path)!;
        mine.list.push(d);
        mine.keys.push(diagnosticKey(d));
      }
    }
    // Publishing has a task of its own too, so it never adds to a full slice.
    if (!(await stillCurrent())) return;
    const entries: [vscode.Uri, vscode.Diagnostic[] | undefined][] = [];
    for (const [key, a] of result.articles) {
      const mine = byArticle.get(key);
      const signature = mine ? mine.keys.join('\n') : '';
      if (this.#published.get(key)?.signature === signature) continue;
      entries.push([a.uri, mine?.list ?? []]);
      this.#published.set(key, { uri: a.uri, signature });
    }
    for (const [key, p] of this.#published) {
      if (result.articles.has(key)) continue;
      entries.push([p.uri, undefined]);
      this.#published.delete(key);
    }
    if (entries.length) this.#collection.set(entries);
  }
}

/** How long a diagnostics build runs before it lets the extension host do other work. */
const SLICE_MS = 6;
/** Everything a diagnostic shows, as a string: equal keys mean there is nothing to republish. */
function diagnosticKey(d: vscode.Diagnostic): string {
  const r = (x: vscode.Range) => `${x.start.line}:${x.start.character}-${x.end.line}:${x.end.character}`;
  const code = typeof d.code === 'object' ? `${d.code.value}@${d.code.target.toString()}` : String(d.code);
  return [r(d.range), d.severity, code, d.message, ...(d.relatedInformation ?? []).map((x) => `${x.location.uri.toString()}#${r(x.location.range)} ${x.message}`)].join('\u0000');
}
