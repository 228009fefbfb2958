// Tells a folder of articles from a code repository by the names in it, so that opening one .txt
// or .md article can compare it with the others beside it, while a README.md, CHANGELOG.md or
// docs/*.md beside a package.json is never compared unasked. Names only: deciding reads one
// directory listing per folder, never a file. No vscode import: unit-tested.
import { isArticleFileName } from '../core/articleFiles';

export interface Entry {
  readonly name: string;
  readonly folder: boolean;
}

/** Files that mark a folder as a code project: build manifests, lock files, project documents. */
const PROJECT_FILES = new Set([
  'package.json', 'package-lock.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lockb', 'tsconfig.json', 'jsconfig.json',
  'deno.json', 'deno.jsonc', 'cargo.toml', 'pyproject.toml', 'setup.py', 'setup.cfg', 'requirements.txt', 'pipfile',
  'go.mod', 'pom.xml', 'build.gradle', 'build.gradle.kts', 'settings.gradle', 'cmakelists.txt', 'makefile',
  'gnumakefile', 'meson.build', 'gemfile', 'composer.json', 'mix.exs', 'build.sbt', 'project.clj', 'pubspec.yaml',
  'package.swift', 'stack.yaml', 'dune-project', 'flake.nix', 'dockerfile', 'changelog.md', 'contributing.md',
  'code_of_conduct.md',
]);
const PROJECT_FOLDERS = new Set(['node_modules', '.github', '.gitlab', 'src']);
/** Source code, project files named by extension (*.csproj, *.sln...), notebooks. */
const CODE_EXTENSION = /\.(?:[cm]?[jt]sx?|py|go|rs|java|kts?|c|h|cc|cpp|hpp|cs|fs|rb|php|swift|scala|sh|ps1|lua|pl|vue|svelte|ipynb|csproj|fsproj|sln|cabal|gemspec)$/i;
/** .txt and .md files every project has that are not articles, not even in a folder of articles. */
const NOT_AN_ARTICLE = /^(?:readme|licen[cs]e|copying|changelog|changes|history|contributing|code_of_conduct|security|authors|contributors|notice|third[-_]party[-_]notices|requirements[\w.-]*|cmakelists|robots|llms)(?:\.|$)/i;

/** Whether the folder's own entries say it belongs to a code project. */
function isProjectFolder(entries: readonly Entry[]): boolean {
  return entries.some((e) => e.folder
    ? PROJECT_FOLDERS.has(e.name.toLowerCase())
    : PROJECT_FILES.has(e.name.toLowerCase()) || CODE_EXTENSION.test(e.name));
}

/** The names of the folder's article files (.txt, .md, .article, not README.md and its kind), sorted. */
export function articleNames(entries: readonly Entry[]): string[] {
  return entries.filter((e) => !e.folder && !e.name.startsWith('.') && isArticleFileName(e.name) && !NOT_AN_ARTICLE.test(e.name))
    .map((e) => e.name).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The least a folder must hold, the open article included, to be compared as a folder of articles. */
const MIN_ARTICLES = 2;

export type FolderKind =
  | { readonly kind: 'code' }
  | { readonly kind: 'articles'; readonly names: readonly string[] }
  /** Too few articles to compare, or too many to be about one event. */
  | { readonly kind: 'other'; readonly names: readonly string[] };

/**
 * What the folder of an open .txt/.md document is, from its entries and those of the folders above
 * it (nearest first, as far up as the caller looks): a code repository if any of them is a project
 * folder (docs/ beside a package.json), a folder of articles if it holds at least MIN_ARTICLES of them
 * and no more than `max`.
 */
export function folderKind(entries: readonly Entry[], above: readonly (readonly Entry[])[], max: number): FolderKind {
  if (isProjectFolder(entries) || above.some(isProjectFolder)) return { kind: 'code' };
  const names = articleNames(entries);
  return names.length >= MIN_ARTICLES && names.length <= max ? { kind: 'articles', names } : { kind: 'other', names };
}

/**
 * Whether a text reads as prose rather than a list, a log or data: mostly words, and sentences
 * that end. Looks at the first few KB only.
 */
export function looksLikeProse(text: string): boolean {
  const head = text.slice(0, 8192);
  const words = head.match(/\p{L}[\p{L}\p{M}'’-]*/gu)?.length ?? 0;
  const sentences = head.match(/\p{L}[)"'”’»]?[.!?](?:[)"'”’»]*)(?:\s|$)/gu)?.length ?? 0;
  const symbols = head.match(/[{}<>=;|\\$@^~`]/g)?.length ?? 0;
  return words >= 30 && sentences >= 2 && symbols * 20 < words;
}
