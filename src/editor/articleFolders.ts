// Opening a .txt or .md article compares it with the other articles in its folder, without a
// setting or a command: the folder is looked at once (its listing and those of the folders above it,
// up to the workspace folder), and if it holds articles and belongs to no code project, its article
// files are loaded as long as an article of it is open. In a code repository (a package.json, a
// Cargo.toml, source files beside or above) a .txt/.md document is not an article at all until the
// user loads its folder. `crosscheck.compareFolder` turns this to "ask" (one prompt, remembered for
// the workspace) or off. Lazy: nothing is read at activation beyond the folders of open documents.
import * as vscode from 'vscode';
import picomatch = require('picomatch/posix');
import { isArticleFileName } from '../core/articleFiles';
import type { FolderPolicy } from './articles';
import type { Config } from './config';
import { Disposable } from './dispose';
import { articleNames, Entry, folderKind, FolderKind, looksLikeProse } from './folderKind';
import { articleLabel } from './labels';

/** How far above a document's folder a project marker is looked for, inside a workspace folder. */
const MAX_LEVELS_UP = 8;
const ANSWER_KEY = 'crosscheck.compareFolderAnswer';
const TOLD_KEY = 'crosscheck.toldAboutFolder';
const FOLDER_LANGUAGES = new Set(['plaintext', 'markdown']);
const SCHEMES = new Set(['file', 'vscode-remote']);

type CompareAnswer = 'compare' | 'never';

function parentOf(uri: vscode.Uri): vscode.Uri {
  return uri.with({ path: uri.path.replace(/\/[^/]*\/?$/, '') || '/', query: '', fragment: '' });
}

function tabUri(tab: vscode.Tab): vscode.Uri | undefined {
  const input = tab.input;
  if (input instanceof vscode.TabInputText) return input.uri;
  if (input instanceof vscode.TabInputTextDiff) return input.modified;
  return undefined;
}

export class ArticleFolders extends Disposable implements FolderPolicy {
  /** Each folder is looked at once a session (or again after a settings change). */
  #kinds = new Map<string, Promise<FolderKind>>();
  readonly #known = new Map<string, FolderKind>();
  readonly #compared = new Map<string, vscode.Uri>();
  /** The user's answer, or the prompt waiting for it, per folder asked about this session. */
  readonly #asking = new Map<string, Promise<boolean>>();
  /** Documents given the article language once; never again, so the user's choice back sticks. */
  readonly #relabelled = new Set<string>();
  readonly #onDidChange = this._register(new vscode.EventEmitter<readonly vscode.TextDocument[]>());
  readonly onDidChange = this.#onDidChange.event;
  #dropTimer: ReturnType<typeof setTimeout> | undefined;
  #exclude: { glob: string; test: (path: string) => boolean } | undefined;

  constructor(private readonly config: Config, private readonly state: vscode.Memento, private readonly log: vscode.LogOutputChannel) {
    super();
    this._register(vscode.workspace.onDidOpenTextDocument((d) => void this.#opened(d)));
    // A folder is compared while one of its articles is open in a tab: documents VS Code keeps loaded
    // in the background after their editor closed, or opened by a hover, do not count.
    this._register(vscode.window.tabGroups.onDidChangeTabs((e) => {
      for (const tab of e.opened) {
        const uri = tabUri(tab);
        const doc = uri && vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        if (doc) void this.#opened(doc);
      }
      if (e.closed.length) this.#scheduleDrop();
    }));
    this._register(config.onDidChange((e) => {
      if (!e.changed.some((k) => k === 'compareFolder' || k === 'maxFiles' || k === 'exclude')) return;
      // Looked at again; until then each folder keeps its last kind, so no document flickers out.
      this.#kinds = new Map();
      this.#compared.clear();
      this.#onDidChange.fire([]);
      void this.lookAtOpenDocuments();
    }));
    this._register({ dispose: () => clearTimeout(this.#dropTimer) });
  }

  get folders(): readonly vscode.Uri[] {
    return [...this.#compared.values()];
  }

  /** Looks at the folders of the documents open now; resolves once each is compared or not. */
  async lookAtOpenDocuments(): Promise<void> {
    await Promise.all(vscode.workspace.textDocuments.map((d) => this.#opened(d)));
  }

  admits(doc: vscode.TextDocument): boolean | undefined {
    const folder = this.#folderOf(doc);
    if (!folder) return true;
    const kind = this.#known.get(folder.toString());
    return kind && kind.kind !== 'code';
  }

  async files(folder: vscode.Uri, limit: number): Promise<vscode.Uri[]> {
    const names = articleNames(await this.#entries(folder));
    return names.map((n) => vscode.Uri.joinPath(folder, n)).filter((u) => !this.#excluded(u)).slice(0, limit + 1);
  }

  /** The folder a .txt/.md document's siblings would be compared from; none for untitled documents. */
  #folderOf(doc: vscode.TextDocument): vscode.Uri | undefined {
    if (!FOLDER_LANGUAGES.has(doc.languageId) && !this.#relabelled.has(doc.uri.toString())) return undefined;
    if (doc.uri.scheme === 'untitled' || doc.isUntitled || !doc.uri.path.includes('/')) return undefined;
    // Files only (a virtual workspace's too): output channels, git's original versions and the like are not articles.
    if (!SCHEMES.has(doc.uri.scheme) && !vscode.workspace.workspaceFolders?.some((f) => f.uri.scheme === doc.uri.scheme)) return undefined;
    return parentOf(doc.uri);
  }

  async #opened(doc: vscode.TextDocument): Promise<void> {
    const folder = this.#folderOf(doc);
    if (!folder) return;
    const key = folder.toString();
    const kind = await this.#kind(folder);
    this.#known.set(key, kind);
    this.#onDidChange.fire([doc]);
    if (kind.kind !== 'articles' || this.#compared.has(key) || this.#excluded(doc.uri)) {
      if (this.#compared.has(key)) await this.#relabel(doc);
      return;
    }
    if (!looksLikeProse(doc.getText())) return;
    if (!(await this.#wanted(folder, doc, kind.names.length))) return;
    if (this.#compared.has(key) || !this.#hasOpenArticle(folder)) return;
    this.#compared.set(key, folder);
    this.log.info(`comparing the ${kind.names.length} articles in ${folder.toString()} (crosscheck.compareFolder)`);
    this.#onDidChange.fire([]);
    void this.#tell(folder, kind.names.length);
    for (const d of vscode.workspace.textDocuments) if (this.#folderOf(d)?.toString() === key) await this.#relabel(d);
  }

  #kind(folder: vscode.Uri): Promise<FolderKind> {
    const key = folder.toString();
    let p = this.#kinds.get(key);
    if (!p) {
      p = this.#lookAt(folder);
      this.#kinds.set(key, p);
    }
    return p;
  }

  async #lookAt(folder: vscode.Uri): Promise<FolderKind> {
    const entries = await this.#entries(folder);
    // Above the folder: up to its workspace folder; outside any, the folder above only (docs/ beside a package.json).
    const root = vscode.workspace.getWorkspaceFolder(folder)?.uri;
    const above: Promise<Entry[]>[] = [];
    let up = folder;
    for (let i = 0; i < (root ? MAX_LEVELS_UP : 1); i++) {
      if (root && up.toString() === root.toString()) break;
      const next = parentOf(up);
      if (next.path === up.path) break;
      above.push(this.#entries(next));
      up = next;
    }
    return folderKind(entries, await Promise.all(above), this.config.settings.maxFiles);
  }

  async #entries(folder: vscode.Uri): Promise<Entry[]> {
    try {
      return (await vscode.workspace.fs.readDirectory(folder)).map(([name, type]) => ({ name, folder: (type & vscode.FileType.Directory) !== 0 }));
    } catch {
      return []; // unreadable: nothing in it says anything
    }
  }

  #excluded(uri: vscode.Uri): boolean {
    const glob = this.config.settings.exclude;
    if (this.#exclude?.glob !== glob) this.#exclude = { glob, test: picomatch(glob, { dot: true }) };
    return this.#exclude.test(vscode.workspace.asRelativePath(uri, false).replace(/^\/+/, ''));
  }

  /** Whether to compare the folder: by the setting, or by the user's answer for this workspace. */
  async #wanted(folder: vscode.Uri, doc: vscode.TextDocument, n: number): Promise<boolean> {
    const mode = this.config.settings.compareFolder;
    if (mode !== 'ask') return mode === 'auto';
    const answer = this.state.get<CompareAnswer>(ANSWER_KEY);
    if (answer) return answer === 'compare';
    // Asked once per folder a session: while the prompt is up, every look at the folder waits for its answer.
    const key = folder.toString();
    let asking = this.#asking.get(key);
    if (!asking) {
      asking = this.#ask(folder, doc, n);
      this.#asking.set(key, asking);
    }
    return asking;
  }

  async #ask(folder: vscode.Uri, doc: vscode.TextDocument, n: number): Promise<boolean> {
    const others = n - 1;
    const pick = await vscode.window.showInformationMessage(
      `Compare ${doc.uri.path.split('/').pop()} with the ${others} other article${others === 1 ? '' : 's'} in ${articleLabel(folder)}? Crosscheck flags the quotes, names and figures they disagree on.`,
      'Compare', 'Not in This Workspace');
    if (!pick) return false;
    await this.state.update(ANSWER_KEY, pick === 'Compare' ? 'compare' : 'never');
    return pick === 'Compare';
  }

  /** Said once per workspace: why files that were never opened now have problems. */
  async #tell(folder: vscode.Uri, n: number): Promise<void> {
    if (this.config.settings.compareFolder !== 'auto' || this.state.get<boolean>(TOLD_KEY)) return;
    await this.state.update(TOLD_KEY, true);
    const pick = await vscode.window.showInformationMessage(
      `Crosscheck is comparing the ${n} articles in ${articleLabel(folder)}, as long as one of them is open.`, 'Show Conflicts', 'Settings');
    if (pick === 'Show Conflicts') await vscode.commands.executeCommand('crosscheck.conflicts.focus');
    if (pick === 'Settings') await vscode.commands.executeCommand('workbench.action.openSettings', 'crosscheck.compareFolder');
  }

  /**
   * A .txt document compared as an article gets the article language, and with it the editor
   * defaults for prose (word wrap) and the highlighting of quotes and figures. VS Code has no way to
   * set an editor option for one document; a language-specific default is the only one that leaves
   * the user's other plain-text files as they are. Markdown stays Markdown (preview, outline).
   */
  async #relabel(doc: vscode.TextDocument): Promise<void> {
    const key = doc.uri.toString();
    if (doc.languageId !== 'plaintext' || this.#relabelled.has(key) || doc.isClosed) return;
    this.#relabelled.add(key);
    try {
      await vscode.languages.setTextDocumentLanguage(doc, 'article');
    } catch (e) {
      this.log.warn(`could not show ${key} as an article: ${(e as Error).message}`);
    }
  }

  #hasOpenArticle(folder: vscode.Uri): boolean {
    const key = folder.toString();
    return vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => {
      const uri = tabUri(t);
      return !!uri && isArticleFileName(uri.path) && parentOf(uri).toString() === key;
    }));
  }

  /** A folder is compared while an article of it is open in a tab; checked a moment after tabs close. */
  #scheduleDrop(): void {
    clearTimeout(this.#dropTimer);
    this.#dropTimer = setTimeout(() => {
      const gone = [...this.#compared].filter(([, f]) => !this.#hasOpenArticle(f));
      if (!gone.length) return;
      for (const [k, f] of gone) {
        this.#compared.delete(k);
        this.log.info(`stopped comparing the articles in ${f.toString()}: none of them is open`);
      }
      this.#onDidChange.fire([]);
    }, 500);
  }
}
