// Short human names for articles in messages, hovers and the tree.
import * as vscode from 'vscode';

export function articleLabel(uri: vscode.Uri): string {
  return uri.scheme === 'untitled' ? uri.path : vscode.workspace.asRelativePath(uri, false);
}

export function snippet(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
