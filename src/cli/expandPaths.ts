// What the command line's FILE arguments name: files as given, folders as their articles, and globs
// (quoted, or on a shell that does not expand them) as the files they match, like cspell or vale.
import * as fs from 'fs';
import * as path from 'path';
import { ARTICLE_EXTENSIONS, isArticleFileName } from '../core/articleFiles';
// Required, not imported: the bundle is CommonJS, and tinyglobby's ESM build (with fdir's) reads
// import.meta.url, which a CommonJS bundle does not have.
import tinyglobby = require('tinyglobby');

const { globSync, isDynamicPattern } = tinyglobby;

/** Folders a folder argument never descends into: dependencies and dot-folders (.git, .vscode). */
const SKIPPED_DIR = (name: string) => name === 'node_modules' || name.startsWith('.');

export type Expanded =
  | { ok: true; files: string[]; notes: string[] }
  | { ok: false; reason: string };

/**
 * Files in argument order, each once. A folder gives its article files in name order, recursively; a
 * folder with none is a note, not an error, so a script over many folders still reports the others.
 * A name that does not exist, and a glob that matches no file, are usage errors: a typo must not
 * print a partial report.
 */
export function expandPaths(args: readonly string[]): Expanded {
  const files: string[] = [];
  const seen = new Set<string>();
  const notes: string[] = [];
  const add = (file: string) => {
    const key = path.resolve(file);
    if (!seen.has(key)) { seen.add(key); files.push(file); }
  };
  for (const arg of args) {
    const stat = statOrUndefined(arg);
    if (stat?.isDirectory()) {
      const found = articlesIn(arg);
      if (found.length === 0) notes.push(`${arg}: no ${ARTICLE_EXTENSIONS.join(', ')} files in this folder`);
      found.forEach(add);
    } else if (stat) {
      add(arg);
    } else if (isDynamicPattern(arg)) {
      // tinyglobby's `ignore` is relative to the working folder, so it misses an absolute pattern's
      // node_modules: those are left out here, unless the pattern names node_modules itself.
      const keep = (f: string) => arg.split(/[\\/]/).includes('node_modules') || !f.split(/[\\/]/).includes('node_modules');
      const matched = globSync(arg, { onlyFiles: true, dot: false, expandDirectories: false, absolute: path.isAbsolute(arg) }).filter(keep).sort();
      if (matched.length === 0) return { ok: false, reason: `${arg}: no file matches this pattern` };
      matched.forEach(add);
    } else {
      return { ok: false, reason: `${arg}: no such file` };
    }
  }
  return { ok: true, files, notes };
}

function statOrUndefined(p: string): fs.Stats | undefined {
  try { return fs.statSync(p); } catch { return undefined; }
}

/**
 * Article files under `dir`, depth first in name order, so a report lists them as a reader would. Only
 * a folder's files are chosen by extension: a file named on its own is read whatever its name.
 */
function articlesIn(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let entries: fs.Dirent[];
    try { entries = fs.readdirSync(d, { withFileTypes: true }); } catch { return; }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) { if (!SKIPPED_DIR(e.name)) walk(p); }
      else if (e.isFile() && isArticleFileName(e.name)) out.push(p);
    }
  };
  walk(dir);
  return out;
}
