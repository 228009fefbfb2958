// Which articles are loaded: open documents of the article, plaintext and markdown languages, plus
// workspace files matching `crosscheck.include` and the article files of folders loaded with "Load
// Folder as Articles". An open document wins over the file on disk, so unsaved edits are what gets
// analysed.
import * as vscode from 'vscode';
import { decodeArticle } from './core/decode';
import type { Config, Settings } from './config';
import { Disposable } from './dispose';
import { ARTICLE_GLOB, findArticleFiles } from './folders';

export const ARTICLE_LANGUAGES = ['article', 'plaintext', 'markdown'];
const SCHEMES = new Set(['file', 'untitled', 'vscode-remote']);

export interface LoadedArticle {
  readonly uri: vscode.Uri;
  readonly key: string;
  readonly text: string;
}

export interface Skipped {
  readonly uri: vscode.Uri;
  readonly reason: string;
}

export function isArticleDocument(doc: vscode.TextDocument): boolean {
  return ARTICLE_LANGUAGES.includes(doc.languageId) && SCHEMES.has(doc.uri.scheme);
}

export class ArticleSet extends Disposable {
  readonly #open = new Map<string, LoadedArticle>();
  readonly #files = new Map<string, LoadedArticle>();
  #skipped = new Map<string, Skipped>();
  readonly #folders = new Map<string, vscode.Uri>();
  #watchers: vscode.FileSystemWatcher[] = [];
  readonly #onDidChange = this._register(new vscode.EventEmitter<void>());
  /** Fires when an article is added, edited or removed. */
  readonly onDidChange = this.#onDidChange.event;
  readonly #onDidSkip = this._register(new vscode.EventEmitter<readonly Skipped[]>());
  /** Fires after a scan with the files that could not be loaded, so the user can be told why. */
  readonly onDidSkip = this.#onDidSkip.event;

  constructor(private readonly config: Config) {
    super();
    this._register(vscode.workspace.onDidOpenTextDocument((d) => this.#track(d)));
    this._register(vscode.workspace.onDidChangeTextDocument((e) => this.#track(e.document)));
    this._register(vscode.workspace.onDidCloseTextDocument((d) => {
      if (this.#open.delete(d.uri.toString())) this.#onDidChange.fire();
    }));
    this._register(config.onDidChange(() => void this.rescan()));
    this._register({ dispose: () => this.#watchers.forEach((w) => w.dispose()) });
    for (const d of vscode.workspace.textDocuments) this.#track(d, false);
  }

  all(): LoadedArticle[] {
    const merged = new Map(this.#files);
    for (const [k, a] of this.#open) merged.set(k, a);
    return [...merged.values()];
  }

  get(key: string): LoadedArticle | undefined {
    return this.#open.get(key) ?? this.#files.get(key);
  }

  /** Folders loaded with "Load Folder as Articles", besides the workspace. */
  get folders(): readonly vscode.Uri[] {
    return [...this.#folders.values()];
  }

  /** Loads a folder's article files, now and at every rescan; returns the articles found under it. */
  async loadFolder(folder: vscode.Uri): Promise<LoadedArticle[]> {
    this.#folders.set(folder.toString(), folder);
    await this.rescan();
    const prefix = folder.toString().replace(/\/?$/, '/');
    return [...this.#files.values()].filter((a) => a.key.startsWith(prefix));
  }

  async unloadFolders(): Promise<void> {
    this.#folders.clear();
    await this.rescan();
  }

  get skipped(): readonly Skipped[] {
    return [...this.#skipped.values()];
  }

  #track(doc: vscode.TextDocument, notify = true): void {
    if (!isArticleDocument(doc)) return;
    const key = doc.uri.toString();
    const text = doc.getText();
    const limit = this.config.settings.maxFileSizeKB * 1024;
    if (text.length > limit) {
      // Too big to analyse while typing; say so once instead of stalling the editor.
      const had = this.#open.delete(key);
      if (!this.#skipped.has(key)) {
        this.#skipped.set(key, { uri: doc.uri, reason: `larger than ${this.config.settings.maxFileSizeKB} KB (crosscheck.maxFileSizeKB)` });
        this.#onDidSkip.fire(this.skipped);
      }
      if (had && notify) this.#onDidChange.fire();
      return;
    }
    if (this.#open.get(key)?.text === text) return;
    this.#skipped.delete(key);
    this.#open.set(key, { uri: doc.uri, key, text });
    if (notify) this.#onDidChange.fire();
  }

  /** Finds and reads the workspace files matching the include setting, with progress in the status bar. */
  async rescan(): Promise<void> {
    const s = this.config.settings;
    this.#watch(s);
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Crosscheck: loading articles' }, async () => {
      const uris = await vscode.workspace.findFiles(s.include, s.exclude, s.maxFiles + 1);
      const seen = new Set(uris.map((u) => u.toString()));
      for (const folder of this.#folders.values()) {
        for (const u of await findArticleFiles(folder, s.maxFiles)) if (!seen.has(u.toString())) { seen.add(u.toString()); uris.push(u); }
      }
      const skipped = new Map<string, Skipped>();
      if (uris.length > s.maxFiles) {
        for (const u of uris.slice(s.maxFiles)) skipped.set(u.toString(), { uri: u, reason: `more than ${s.maxFiles} files match (crosscheck.maxFiles)` });
      }
      this.#files.clear();
      await Promise.all(uris.slice(0, s.maxFiles).map(async (uri) => {
        const r = await this.#read(uri, s);
        if ('reason' in r) skipped.set(uri.toString(), r); else this.#files.set(r.key, r);
      }));
      this.#skipped = skipped;
    });
    if (this.#skipped.size) this.#onDidSkip.fire(this.skipped);
    this.#onDidChange.fire();
  }

  async #read(uri: vscode.Uri, s: Settings): Promise<LoadedArticle | Skipped> {
    try {
      const decoded = decodeArticle(await vscode.workspace.fs.readFile(uri), s.maxFileSizeKB * 1024);
      return decoded.ok ? { uri, key: uri.toString(), text: decoded.text } : { uri, reason: decoded.reason };
    } catch (e) {
      return { uri, reason: (e as Error).message };
    }
  }

  #watch(s: Settings): void {
    this.#watchers.forEach((w) => w.dispose());
    this.#watchers = [s.include, ...[...this.#folders.values()].map((f) => new vscode.RelativePattern(f, ARTICLE_GLOB))]
      .map((pattern) => this.#watchOne(pattern));
  }

  #watchOne(pattern: vscode.GlobPattern): vscode.FileSystemWatcher {
    const w = vscode.workspace.createFileSystemWatcher(pattern);
    const reload = async (uri: vscode.Uri) => {
      const r = await this.#read(uri, this.config.settings);
      if ('reason' in r) this.#files.delete(uri.toString()); else this.#files.set(r.key, r);
      this.#onDidChange.fire();
    };
    w.onDidCreate(reload);
    w.onDidChange(reload);
    w.onDidDelete((uri) => { if (this.#files.delete(uri.toString())) this.#onDidChange.fire(); });
    return w;
  }
}
