// Finds the article files in a folder the user chose with "Load Folder as Articles": .txt, .md and
// .article files, in subfolders too, skipping hidden folders and dependency trees.
import * as vscode from 'vscode';
import { ARTICLE_FILE_GLOB, isArticleFileName } from '../core/articleFiles';

export const ARTICLE_GLOB = `**/${ARTICLE_FILE_GLOB}`;
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', 'out']);
/** Deep enough for year/month/day archives, shallow enough that a mistaken pick of / ends quickly. */
const MAX_DEPTH = 6;

/** Article files under `folder`, sorted, at most `limit` + 1 of them so the caller can tell there were more. */
export async function findArticleFiles(folder: vscode.Uri, limit: number): Promise<vscode.Uri[]> {
  const found: vscode.Uri[] = [];
  async function walk(dir: vscode.Uri, depth: number): Promise<void> {
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(dir);
    } catch {
      return; // unreadable subfolder: load the rest
    }
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [name, type] of entries) {
      if (found.length > limit) return;
      if (name.startsWith('.')) continue;
      const uri = vscode.Uri.joinPath(dir, name);
      if (type & vscode.FileType.Directory) {
        if (depth < MAX_DEPTH && !SKIPPED_FOLDERS.has(name) && !(type & vscode.FileType.SymbolicLink)) await walk(uri, depth + 1);
      } else if (type & vscode.FileType.File && isArticleFileName(name)) {
        found.push(uri);
      }
    }
  }
  await walk(folder, 0);
  return found;
}
