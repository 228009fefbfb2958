// The browser entry point (package.json "browser"), for vscode.dev, github.dev and other VS Code for
// the Web hosts: the analysis runs in a Web Worker with no disk cache, and every file is read
// through vscode.workspace.fs, which also serves virtual workspaces.
import '../editor/startTime';
import * as vscode from 'vscode';
import { activateWith, CrosscheckApi } from '../editor/extension';
import { webWorker } from './webWorker';

export function activate(context: vscode.ExtensionContext): Promise<CrosscheckApi> {
  return activateWith(context, {
    startWorker: webWorker(vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'worker.js').toString(true)),
  });
}

export { deactivate } from '../editor/extension';
