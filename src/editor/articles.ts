// Which articles are loaded: open documents of the article, plaintext and markdown languages (a .txt
// or .md document only where its folder is not part of a code project), plus workspace files matching
// `crosscheck.include`, the article files of folders loaded with "Load Folder as Articles", and those
// of the folders of articles the open documents are in (articleFolders.ts). An open document wins
// over the file on disk, so unsaved edits are what gets analysed.
import * as vscode from 'vscode';
import { ARTICLE_FILE_GLOB } from '../core/articleFiles';
import { cutText, decodeArticle } from '../core/decode';
import type { Config, Settings } from './config';
import { Disposable } from './dispose';
import type { AnalysedText } from './currentText';
import { ARTICLE_GLOB, findArticleFiles } from './folders';

export const ARTICLE_LANGUAGES = ['article', 'plaintext', 'markdown'];
const SCHEMES = new Set(['file', 'untitled', 'vscode-remote']);

/** Reads a file's first `max` bytes and one more; undefined for what is not a regular file. */
export type ReadFile = (uri: vscode.Uri, max: number) => Promise<Uint8Array | undefined>;

export interface LoadedArticle extends AnalysedText {
  readonly uri: vscode.Uri;
  readonly key: string;
  readonly text: string;
  /** Only the start of the document or file is in `text` (crosscheck.maxFileSizeKB). */
  readonly partial?: boolean;
  /** Whether the file on disk starts with a UTF-8 byte-order mark, when it has been read. */
  readonly bom?: boolean;
}

export { isCurrent } from './currentText';

export interface Skipped {
  readonly uri: vscode.Uri;
  readonly reason: string;
  /** The start of the file is loaded and analysed; only the rest was skipped. */
  readonly partial?: boolean;
}

/**
 * The folders of articles compared because an article in them is open, and whether an open .txt or
 * .md document is an article at all (not in a code repository). Implemented in articleFolders.ts.
 */
export interface FolderPolicy {
  /** Folders whose own article files (not their subfolders') are loaded. */
  readonly folders: readonly vscode.Uri[];
  /** The article files of one of those folders now, at most `limit` + 1. */
  files(folder: vscode.Uri, limit: number): Promise<vscode.Uri[]>;
  /** False for a .txt/.md document in a code project, undefined while its folder is not yet looked at. */
  admits(doc: vscode.TextDocument): boolean | undefined;
  /** Fires with documents whose admission is now known, or with none when the folders changed. */
  readonly onDidChange: vscode.Event<readonly vscode.TextDocument[]>;
}

function isArticleDocument(doc: vscode.TextDocument): boolean {
  // A virtual workspace's own scheme (vscode-vfs on github.dev) holds articles too.
  return ARTICLE_LANGUAGES.includes(doc.languageId) &&
    (SCHEMES.has(doc.uri.scheme) || !!vscode.workspace.workspaceFolders?.some((f) => f.uri.scheme === doc.uri.scheme));
}

export class ArticleSet extends Disposable {
  readonly #open = new Map<string, LoadedArticle>();
  #files = new Map<string, LoadedArticle>();
  #skipped = new Map<string, Skipped>();
  readonly #folders = new Map<string, vscode.Uri>();
  #watchers: vscode.FileSystemWatcher[] = [];
  /** Open documents analysed only in part; kept apart from #skipped, which each rescan replaces. */
  readonly #openSkipped = new Map<string, Skipped>();
  readonly #onDidChange = this._register(new vscode.EventEmitter<void>());
  /** Fires when an article is added, edited or removed. */
  readonly onDidChange = this.#onDidChange.event;
  readonly #onDidSkip = this._register(new vscode.EventEmitter<readonly Skipped[]>());
  /** Fires after a scan with the files that could not be loaded, so the user can be told why. */
  readonly onDidSkip = this.#onDidSkip.event;

  /**
   * `ignore`: documents never loaded as articles, such as the README that diagnostic codes open.
   * `readLocal`: reads `file:` URIs where there is a local disk; otherwise vscode.workspace.fs does.
   */
  #policy?: FolderPolicy;
  /** Open .txt/.md documents the policy keeps out (a code project, or not yet looked at). */
  readonly #heldOut = new Set<string>();

  constructor(private readonly config: Config, private readonly ignore: readonly vscode.Uri[] = [], private readonly readLocal?: ReadFile) {
    super();
    this._register(vscode.workspace.onDidOpenTextDocument((d) => this.#track(d)));
    // Only edits: a change of dirty state alone (as when the file is deleted under an open editor) changes no text.
    this._register(vscode.workspace.onDidChangeTextDocument((e) => { if (e.contentChanges.length) this.#track(e.document); }));
    this._register(vscode.workspace.onDidCloseTextDocument((d) => {
      this.#openSkipped.delete(d.uri.toString());
      this.#heldOut.delete(d.uri.toString());
      if (this.#open.delete(d.uri.toString())) this.#onDidChange.fire();
    }));
    // Only the settings that choose which files are read, or how much of them, read anything again.
    this._register(config.onDidChange((e) => {
      if (e.changed.includes('maxFileSizeKB')) this.#recut();
      if (e.effects.has('files')) void this.rescan();
    }));
    this._register({ dispose: () => this.#watchers.forEach((w) => w.dispose()) });
    for (const d of vscode.workspace.textDocuments) this.#track(d, false);
  }

  /**
   * Decides which .txt/.md documents are articles and which folders of articles are compared. Set
   * once, before the first rescan: the open documents it keeps out leave the comparison now.
   */
  setFolderPolicy(policy: FolderPolicy): void {
    this.#policy = policy;
    this._register(policy.onDidChange((docs) => {
      if (!docs.length) { void this.rescan(); return; }
      let changed = false;
      for (const d of docs) changed = this.#track(d, false) || changed;
      if (changed) this.#onDidChange.fire();
    }));
    let dropped = false;
    for (const d of vscode.workspace.textDocuments) dropped = this.#track(d, false) || dropped;
    if (dropped) this.#onDidChange.fire();
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

  /** Folders loaded in an earlier session, read at the next rescan. */
  restoreFolders(folders: readonly vscode.Uri[]): void {
    for (const f of folders) this.#folders.set(f.toString(), f);
  }

  async unloadFolders(): Promise<void> {
    this.#folders.clear();
    await this.rescan();
  }

  get skipped(): readonly Skipped[] {
    return [...new Map([...this.#skipped, ...this.#openSkipped]).values()];
  }

  /** Whether the document, a new version of it, or its leaving changed the loaded articles. */
  #track(doc: vscode.TextDocument, notify = true): boolean {
    if (!isArticleDocument(doc) || this.ignore.some((u) => u.toString() === doc.uri.toString())) return false;
    const key = doc.uri.toString();
    if (!this.#admits(doc)) {
      this.#heldOut.add(key);
      this.#openSkipped.delete(key);
      const had = this.#open.delete(key);
      if (had && notify) this.#onDidChange.fire();
      return had;
    }
    const full = doc.getText();
    let text = full;
    const kb = this.config.settings.maxFileSizeKB;
    if (text.length > kb * 1024) {
      // Too big to analyse while typing: analyse the start and say once that the rest was skipped.
      text = cutText(text, kb * 1024);
      if (!this.#openSkipped.has(key)) {
        this.#openSkipped.set(key, { uri: doc.uri, reason: `only the first ${kb} KB analysed (crosscheck.maxFileSizeKB)`, partial: true });
        this.#onDidSkip.fire(this.skipped);
      }
    } else {
      this.#openSkipped.delete(key);
    }
    this.#heldOut.delete(key);
    if (this.#open.get(key)?.text === text) return false;
    this.#open.set(key, { uri: doc.uri, key, text, partial: text.length < full.length || undefined, bom: this.#files.get(key)?.bom, document: doc, version: doc.version });
    if (notify) this.#onDidChange.fire();
    return true;
  }

  /**
   * .article documents always count; a .txt/.md one unless the policy keeps it out (a code
   * repository) or has not yet looked at its folder, except where the user loaded it as an article
   * (a loaded folder, the include glob).
   */
  #admits(doc: vscode.TextDocument): boolean {
    if (doc.languageId === 'article' || !this.#policy) return true;
    const key = doc.uri.toString();
    if (this.#files.has(key) || [...this.#folders.values()].some((f) => key.startsWith(f.toString().replace(/\/?$/, '/')))) return true;
    return this.#policy.admits(doc) === true;
  }

  /** Cuts the open documents again to a new size limit; the rescan that follows announces the change. */
  #recut(): void {
    const partialBefore = this.#openSkipped.size;
    // Only the documents still loaded: the document of a deleted file can linger in the background
    // after its article was dropped, and must not come back into the comparison.
    for (const d of vscode.workspace.textDocuments) if (this.#open.has(d.uri.toString())) this.#track(d, false);
    // A document no longer cut must leave the skipped list too (a newly cut one was announced by #track).
    if (this.#openSkipped.size < partialBefore) this.#onDidSkip.fire(this.skipped);
  }

  /** Finds and reads the workspace files matching the include setting, with progress in the status bar. */
  async rescan(): Promise<void> {
    const s = this.config.settings;
    this.#watch(s);
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Crosscheck: loading articles' }, async () => {
      const uris = await vscode.workspace.findFiles(s.include, s.exclude, s.maxFiles + 1);
      const seen = new Set(uris.map((u) => u.toString()));
      const add = (u: vscode.Uri) => { if (!seen.has(u.toString())) { seen.add(u.toString()); uris.push(u); } };
      for (const folder of this.#folders.values()) (await findArticleFiles(folder, s.maxFiles)).forEach(add);
      for (const folder of this.#policy?.folders ?? []) (await this.#policy!.files(folder, s.maxFiles)).forEach(add);
      const skipped = new Map<string, Skipped>();
      if (uris.length > s.maxFiles) {
        for (const u of uris.slice(s.maxFiles)) skipped.set(u.toString(), { uri: u, reason: `more than ${s.maxFiles} files match (crosscheck.maxFiles)` });
      }
      // Each read fails on its own: one unreadable file never stops the others from loading. The new
      // set replaces the old one only when complete, so an analysis during the scan still sees every file.
      // In the order of their keys, not the order the reads finished nor the search listed them: the
      // same workspace gives the same article order, hence the same key for its analysis in the disk cache.
      const read = await Promise.all(uris.slice(0, s.maxFiles).map((uri) => this.#read(uri, s)));
      const loaded: LoadedArticle[] = [];
      read.forEach((r, i) => {
        if (!r) return;
        if ('reason' in r) skipped.set(uris[i].toString(), r);
        if ('text' in r) loaded.push(r);
      });
      const files = new Map(loaded.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((a) => [a.key, a]));
      this.#files = files;
      this.#skipped = skipped;
    });
    // A .txt/.md document kept out until now may be in a folder the user just loaded, or the reverse.
    // Only those: a document whose file was deleted must not come back.
    for (const d of vscode.workspace.textDocuments) if (this.#heldOut.has(d.uri.toString()) || this.#open.has(d.uri.toString())) this.#track(d, false);
    if (this.#skipped.size) this.#onDidSkip.fire(this.skipped);
    this.#onDidChange.fire();
  }

  /** The file's article, why it was skipped (both when only its start is loaded), or undefined if it is not a file. */
  async #read(uri: vscode.Uri, s: Settings): Promise<LoadedArticle | Skipped | (LoadedArticle & Skipped) | undefined> {
    const max = s.maxFileSizeKB * 1024;
    try {
      const bytes = uri.scheme === 'file' && this.readLocal ? await this.readLocal(uri, max) : await vscode.workspace.fs.readFile(uri);
      if (!bytes) return undefined;
      const d = decodeArticle(bytes, max);
      if (!d.ok) return { uri, reason: d.reason };
      // VS Code's documents leave a UTF-8 byte-order mark out of the text; so must the file's
      // article, or every position on its first line would be one column off until it is opened.
      const article = { uri, key: uri.toString(), text: d.text.replace(/^\uFEFF/, ''), partial: d.partial, bom: d.text.startsWith('\uFEFF') };
      return d.partial ? { ...article, reason: `only the first ${s.maxFileSizeKB} KB analysed (crosscheck.maxFileSizeKB)` } : article;
    } catch (e) {
      const err = e as { code?: string; message?: string };
      return { uri, reason: err.code === 'EACCES' || err.code === 'NoPermissions' ? 'permission denied' : `cannot read: ${err.message}` };
    }
  }

  #watch(s: Settings): void {
    this.#watchers.forEach((w) => w.dispose());
    this.#watchers = [s.include, ...[...this.#folders.values()].map((f) => new vscode.RelativePattern(f, ARTICLE_GLOB))]
      .map((pattern) => this.#watchOne(pattern));
    for (const f of this.#policy?.folders ?? []) this.#watchers.push(this.#watchFolderOfArticles(f));
  }

  /** A folder of articles' own files: one added or removed changes the listing, read again whole. */
  #watchFolderOfArticles(folder: vscode.Uri): vscode.FileSystemWatcher {
    const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, ARTICLE_FILE_GLOB));
    w.onDidCreate(() => void this.rescan());
    w.onDidDelete((uri) => {
      // As for the other watchers: the document of a deleted file without unsaved edits goes too.
      const key = uri.toString();
      if (!vscode.workspace.textDocuments.find((d) => d.uri.toString() === key)?.isDirty) this.#open.delete(key);
      void this.rescan();
    });
    w.onDidChange(async (uri) => {
      const key = uri.toString();
      if (!this.#files.has(key)) return;
      const r = await this.#read(uri, this.config.settings);
      if (r && 'text' in r) this.#files.set(key, r); else this.#files.delete(key);
      this.#onDidChange.fire();
    });
    return w;
  }

  #watchOne(pattern: vscode.GlobPattern): vscode.FileSystemWatcher {
    const w = vscode.workspace.createFileSystemWatcher(pattern);
    const reload = async (uri: vscode.Uri) => {
      const key = uri.toString();
      const r = await this.#read(uri, this.config.settings);
      if (r && 'text' in r) this.#files.set(key, r); else this.#files.delete(key);
      const had = this.#skipped.get(key);
      if (r && 'reason' in r) this.#skipped.set(key, { uri, reason: r.reason, partial: r.partial }); else this.#skipped.delete(key);
      if (r && 'reason' in r && had?.reason !== r.reason) this.#onDidSkip.fire(this.skipped);
      this.#onDidChange.fire();
    };
    w.onDidCreate(reload);
    w.onDidChange(reload);
    w.onDidDelete((uri) => {
      const key = uri.toString();
      this.#skipped.delete(key);
      // The document of a deleted file can stay loaded in the background; without unsaved edits it is gone too.
      const dropped = !vscode.workspace.textDocuments.find((d) => d.uri.toString() === key)?.isDirty && this.#open.delete(key);
      if (this.#files.delete(key) || dropped) this.#onDidChange.fire();
    });
    return w;
  }
}
