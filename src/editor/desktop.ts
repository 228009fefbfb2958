// The desktop entry point (package.json "main"): the analysis runs in a worker thread with a disk
// cache in the extension's storage, and local files are read straight from disk.
import './startTime';
import * as vscode from 'vscode';
import { readHead } from './fileHead';
import { activateWith, CrosscheckApi } from './extension';
import { workerThread } from '../worker/workerThread';

export function activate(context: vscode.ExtensionContext): Promise<CrosscheckApi> {
  return activateWith(context, {
    startWorker: workerThread(vscode.Uri.joinPath(context.extensionUri, 'dist', 'worker.js').fsPath),
    cacheDir: (context.storageUri ?? context.globalStorageUri).fsPath,
    readLocalFile: (uri, max) => readHead(uri.fsPath, max),
  });
}

export { deactivate } from './extension';
