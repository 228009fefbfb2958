// Reads, watches and writes the accepted variants in each workspace folder's .crosscheck.json. A
// malformed file is reported and ignored, and never written over: the user's text is not lost.
import * as vscode from 'vscode';
import { ACCEPTED_FILE, AcceptedVariant, addAccepted, parseAccepted } from '../core/accepted';
import { Disposable } from './dispose';

export class AcceptedVariants extends Disposable {
  #byFolder = new Map<string, AcceptedVariant[]>();
  readonly #warned = new Map<string, string>();
  readonly #onDidChange = this._register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.#onDidChange.event;

  constructor(private readonly log: vscode.LogOutputChannel) {
    super();
    const watcher = this._register(vscode.workspace.createFileSystemWatcher(`**/${ACCEPTED_FILE}`));
    const reload = () => void this.load();
    this._register(watcher.onDidCreate(reload));
    this._register(watcher.onDidChange(reload));
    this._register(watcher.onDidDelete(reload));
    this._register(vscode.workspace.onDidChangeWorkspaceFolders(reload));
  }

  /** Files ignored as malformed, with the reason, by URI. */
  get problems(): ReadonlyMap<string, string> {
    return this.#warned;
  }

  get all(): AcceptedVariant[] {
    return [...this.#byFolder.values()].flat();
  }

  /** Reads every folder's file; fires onDidChange when what is accepted changed. */
  async load(): Promise<void> {
    const next = new Map<string, AcceptedVariant[]>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const uri = vscode.Uri.joinPath(folder.uri, ACCEPTED_FILE);
      const text = await readText(uri);
      if (text === undefined) { this.#warned.delete(uri.toString()); continue; }
      const parsed = parseAccepted(text);
      if (parsed.ok) {
        next.set(folder.uri.toString(), parsed.accepted);
        this.#warned.delete(uri.toString());
      } else {
        this.#warnMalformed(uri, parsed.reason);
      }
    }
    // Accepting writes the file and reloads it, then the watcher reloads it again: only a change fires,
    // since every listener re-filters and republishes everything.
    const same = JSON.stringify([...next]) === JSON.stringify([...this.#byFolder]);
    this.#byFolder = next;
    if (!same) this.#onDidChange.fire();
  }

  /** Adds an entry to the file of the folder holding `near` (or the first folder). */
  async accept(entry: AcceptedVariant, near?: vscode.Uri): Promise<boolean> {
    const folder = (near && vscode.workspace.getWorkspaceFolder(near)) ?? vscode.workspace.workspaceFolders?.[0];
    if (!folder) {
      void vscode.window.showWarningMessage(`Crosscheck keeps accepted variants in ${ACCEPTED_FILE} in the workspace folder: open a folder first.`);
      return false;
    }
    const uri = vscode.Uri.joinPath(folder.uri, ACCEPTED_FILE);
    const parsed = parseAccepted((await readText(uri)) ?? '');
    if (!parsed.ok) {
      this.#warnMalformed(uri, parsed.reason, true);
      return false;
    }
    const text = addAccepted(parsed, entry);
    if (text !== undefined) {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
      this.log.info(`accepted ${entry.kind} variants ${entry.variants.map((v) => JSON.stringify(v)).join(', ')} in ${uri.toString()}`);
    }
    // Not waiting for the file watcher: the change should show at once.
    await this.load();
    return true;
  }

  #warnMalformed(uri: vscode.Uri, reason: string, always = false): void {
    const key = uri.toString();
    if (!always && this.#warned.get(key) === reason) return;
    this.#warned.set(key, reason);
    const file = vscode.workspace.asRelativePath(uri);
    this.log.warn(`ignoring ${key}: ${reason}`);
    const message = always
      ? `Crosscheck did not accept the variant: ${file} cannot be read because ${reason}. Fix or delete it, then try again.`
      : `Crosscheck ignores ${file} because ${reason}. Accepted variants are flagged again until it is fixed.`;
    void vscode.window.showWarningMessage(message, 'Open File').then((pick) => pick && vscode.window.showTextDocument(uri));
  }
}

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined; // no file: nothing accepted
  }
}
