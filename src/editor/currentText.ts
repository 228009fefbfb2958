// Whether the offsets of an analysis still hold in a document, asked on every hover, quick-fix
// request and cursor move: by the document's version when the analysis took its text from this very
// document, so the common case never copies the whole text out of the editor; by the text otherwise.

/** An article as the analysis took it: its text and, for an open document, which document and version. */
export interface AnalysedText {
  readonly text: string;
  /** Only the start of the document or file is in `text` (crosscheck.maxFileSizeKB). */
  readonly partial?: boolean;
  /** The open document the text was read from, if any: versions count only within one document. */
  readonly document?: object;
  /** That document's version when the text was read. */
  readonly version?: number;
}

/** The part of a vscode.TextDocument read here. */
export interface VersionedDocument {
  readonly version: number;
  getText(): string;
}

/**
 * Whether offsets into the analysed article still hold in the document: the version analysed of the
 * same document, or else the same text (for an article analysed only in part, the same start).
 */
export function isCurrent(article: AnalysedText | undefined, doc: VersionedDocument): boolean {
  if (!article) return false;
  if (article.document === doc && article.version === doc.version) return true;
  // A file read from disk, a document closed and opened again, or an edit undone: compare the text.
  const text = doc.getText();
  return article.partial ? text.startsWith(article.text) : text === article.text;
}
