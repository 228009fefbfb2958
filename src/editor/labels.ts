// Short human names for articles in messages, hovers and the tree.
import * as vscode from 'vscode';

export { snippet } from '../core/text';

export function articleLabel(uri: vscode.Uri): string {
  return uri.scheme === 'untitled' ? uri.path : vscode.workspace.asRelativePath(uri, false);
}
