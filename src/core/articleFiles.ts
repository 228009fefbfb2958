// Which file names hold articles, for every front end: the command line's folders, the editor's
// loaded folders and its folders of articles. By extension only; which names to leave out beyond
// that (a README, a dot-file) is each caller's own rule.

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.article'];

/** The article files directly in a folder, as a glob; `**\/` before it reaches into subfolders. */
export const ARTICLE_FILE_GLOB = `*.{${ARTICLE_EXTENSIONS.map((e) => e.slice(1)).join(',')}}`;

const ARTICLE_NAME = new RegExp(`.(?:${ARTICLE_EXTENSIONS.map((e) => `\\${e}`).join('|')})$`, 'i');

/**
 * Whether a file name, or a path, ends in an article extension, in any case. As with Node's
 * path.extname, a name that is only the extension (".txt") has none.
 */
export function isArticleFileName(name: string): boolean {
  return ARTICLE_NAME.test(name);
}
