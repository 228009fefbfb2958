// A minimal stand-in for the `vscode` module, so `npm run bench` can run the extension's own
// host-side code (activate, loading files, sending texts to the worker, publishing diagnostics, the
// views) in plain Node and time how long it blocks its thread. What the bench needs is real: the
// workspace is a folder on disk, findFiles lists it, fs reads it, and the diagnostic collection
// serialises what it is given (as VS Code does to send it to the window). Everything else is a
// no-op that returns a disposable. Configured through globalThis.__crosscheckBench.
const fs = require('fs');
const path = require('path');

const bench = () => globalThis.__crosscheckBench;

class Disposable {
  constructor(fn = () => {}) { this._fn = fn; }
  static from(...ds) { return new Disposable(() => ds.forEach((d) => d.dispose())); }
  dispose() { this._fn(); }
}
const noop = () => new Disposable();

class EventEmitter {
  constructor() { this._listeners = new Set(); }
  get event() {
    return (fn, thisArg) => { const l = (e) => fn.call(thisArg, e); this._listeners.add(l); return new Disposable(() => this._listeners.delete(l)); };
  }
  fire(e) { for (const l of [...this._listeners]) l(e); }
  dispose() { this._listeners.clear(); }
}

class Uri {
  constructor(scheme, p) { this.scheme = scheme; this.path = p; this.authority = ''; this.query = ''; this.fragment = ''; }
  static file(p) { return new Uri('file', path.resolve(p)); }
  static parse(s) { return s.startsWith('file://') ? Uri.file(decodeURIComponent(s.slice(7))) : new Uri(s.split(':')[0], s.slice(s.indexOf(':') + 1)); }
  static joinPath(u, ...parts) { return new Uri(u.scheme, path.join(u.path, ...parts)); }
  get fsPath() { return this.path; }
  with(change) { return Object.assign(new Uri(this.scheme, this.path), change); }
  toString() { return `${this.scheme}://${this.path}`; }
  toJSON() { return this.toString(); }
}

class Position { constructor(line, character) { this.line = line; this.character = character; } }
class Range {
  constructor(a, b, c, d) { [this.start, this.end] = a instanceof Position ? [a, b] : [new Position(a, b), new Position(c, d)]; }
  contains(p) { return p.line >= this.start.line && p.line <= this.end.line; }
}
class Selection extends Range {}
class Location { constructor(uri, range) { this.uri = uri; this.range = range; } }
class Diagnostic { constructor(range, message, severity) { this.range = range; this.message = message; this.severity = severity; } }
class DiagnosticRelatedInformation { constructor(location, message) { this.location = location; this.message = message; } }
class MarkdownString { constructor(v = '') { this.value = v; } appendMarkdown(s) { this.value += s; return this; } appendText(s) { this.value += s; return this; } appendCodeblock(s) { this.value += s; return this; } }
class TreeItem { constructor(label, state) { this.label = label; this.collapsibleState = state; } }
class ThemeIcon { constructor(id, color) { this.id = id; this.color = color; } }
class ThemeColor { constructor(id) { this.id = id; } }
class CodeAction { constructor(title, kind) { this.title = title; this.kind = kind; } }
class WorkspaceEdit { replace() {} }
class Hover { constructor(contents, range) { this.contents = contents; this.range = range; } }
class RelativePattern { constructor(base, pattern) { this.base = base; this.pattern = pattern; } }

/** What VS Code does with diagnostics on the extension host thread: serialise them for the window. */
function createDiagnosticCollection(name) {
  const entries = new Map();
  return {
    name,
    set(uri, diags) {
      const list = Array.isArray(uri) ? uri : [[uri, diags]];
      for (const [u, d] of list) entries.set(u.toString(), JSON.stringify(d ?? []));
      bench()?.published?.(list.length);
    },
    delete(uri) { entries.delete(uri.toString()); },
    clear() { entries.clear(); },
    forEach(fn) { for (const [k, v] of entries) fn(Uri.parse(k), JSON.parse(v)); },
    get(uri) { return JSON.parse(entries.get(uri.toString()) ?? '[]'); },
    has(uri) { return entries.has(uri.toString()); },
    dispose() { entries.clear(); },
  };
}

const log = new Proxy({}, { get: (_, k) => (k === 'logLevel' ? 2 : k === 'name' ? 'Crosscheck' : k === 'onDidChangeLogLevel' ? noop : () => {}) });
const item = () => new Proxy({}, { get: (t, k) => (k in t ? t[k] : k === 'dispose' || k === 'show' || k === 'hide' || k === 'reveal' ? () => (k === 'reveal' ? Promise.resolve() : undefined) : k.toString().startsWith('onDid') ? noop : undefined), set: (t, k, v) => { t[k] = v; return true; } });
const events = {
  changeText: new EventEmitter(), openText: new EventEmitter(), closeText: new EventEmitter(),
};

function glob(pattern) {
  // Enough for the bench: "**/*.article".
  const ext = /\*\.(\w+)$/.exec(pattern)?.[1];
  return (f) => !ext || f.endsWith(`.${ext}`);
}

const workspace = {
  get workspaceFolders() { const b = bench(); return b ? [{ uri: Uri.file(b.folder), name: 'bench', index: 0 }] : []; },
  getWorkspaceFolder: () => workspace.workspaceFolders[0],
  textDocuments: [],
  isTrusted: true,
  getConfiguration: () => ({ get: (k, d) => d, inspect: () => undefined, update: async () => {}, has: () => false }),
  onDidChangeConfiguration: noop, onDidGrantWorkspaceTrust: noop, onDidChangeWorkspaceFolders: noop,
  onDidChangeTextDocument: events.changeText.event, onDidOpenTextDocument: events.openText.event, onDidCloseTextDocument: events.closeText.event,
  onDidSaveTextDocument: noop, onDidCreateFiles: noop, onDidDeleteFiles: noop, onDidRenameFiles: noop,
  asRelativePath: (u) => path.relative(bench()?.folder ?? '/', typeof u === 'string' ? u : u.fsPath),
  async findFiles(include, exclude, max) {
    const dir = bench().folder;
    return fs.readdirSync(dir).filter(glob(typeof include === 'string' ? include : include.pattern)).sort().slice(0, max).map((f) => Uri.file(path.join(dir, f)));
  },
  fs: {
    readFile: async (u) => new Uint8Array(await fs.promises.readFile(u.fsPath)),
    stat: async (u) => { const s = await fs.promises.stat(u.fsPath); return { type: s.isDirectory() ? 2 : 1, size: s.size, mtime: s.mtimeMs, ctime: s.ctimeMs }; },
    readDirectory: async (u) => (await fs.promises.readdir(u.fsPath, { withFileTypes: true })).map((e) => [e.name, e.isDirectory() ? 2 : 1]),
    writeFile: async (u, b) => fs.promises.writeFile(u.fsPath, b),
  },
  createFileSystemWatcher: () => ({ onDidCreate: noop, onDidChange: noop, onDidDelete: noop, dispose() {} }),
  openTextDocument: async () => { throw new Error('not in the bench'); },
};

const window = {
  createOutputChannel: () => log,
  createStatusBarItem: item,
  createTreeView: item,
  registerTreeDataProvider: noop,
  showInformationMessage: async () => undefined,
  showWarningMessage: async () => undefined,
  showErrorMessage: async () => undefined,
  showQuickPick: async () => undefined,
  showTextDocument: async () => undefined,
  withProgress: (_opts, task) => Promise.resolve(task({ report() {} }, { isCancellationRequested: false, onCancellationRequested: noop })),
  activeTextEditor: undefined,
  visibleTextEditors: [],
  onDidChangeActiveTextEditor: noop, onDidChangeTextEditorSelection: noop, onDidChangeVisibleTextEditors: noop,
  tabGroups: { all: [], onDidChangeTabs: noop },
};

const exported = {
  Disposable, EventEmitter, Uri, Position, Range, Selection, Location, Diagnostic, DiagnosticRelatedInformation, MarkdownString,
  TreeItem, ThemeIcon, ThemeColor, CodeAction, WorkspaceEdit, Hover, RelativePattern,
  TabInputText: class {}, TabInputTextDiff: class {},
  DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
  TreeItemCollapsibleState: { None: 0, Collapsed: 1, Expanded: 2 },
  StatusBarAlignment: { Left: 1, Right: 2 },
  ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
  ConfigurationTarget: { Global: 1, Workspace: 2, WorkspaceFolder: 3 },
  ExtensionMode: { Production: 1, Development: 2, Test: 3 },
  FileType: { Unknown: 0, File: 1, Directory: 2, SymbolicLink: 64 },
  CodeActionKind: { QuickFix: { value: 'quickfix', append: () => ({ value: 'quickfix' }) }, Empty: { value: '' } },
  workspace, window,
  languages: { createDiagnosticCollection, registerHoverProvider: noop, registerCodeActionsProvider: noop, getDiagnostics: () => [], setTextDocumentLanguage: async (d) => d },
  commands: { registerCommand: noop, executeCommand: async () => undefined },
  env: { clipboard: { writeText: async () => {} }, uiKind: 1, language: 'en' },
  extensions: { getExtension: () => undefined },
  /** For the bench: fire a document change as the editor would. */
  __events: events,
};

// Anything not listed above is an inert stand-in rather than undefined.
module.exports = new Proxy(exported, { get: (t, k) => (k in t ? t[k] : class Unknown {}) });
