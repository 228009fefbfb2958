// Small text helpers shared by the extractors.

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

// Words: letters with inner apostrophes, hyphens and dots (U.S., al-Assad, O'Brien, Russia's).
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|['’.\-](?=[\p{L}\p{N}]))*/gu;

export function words(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Paragraphs as [start, end) ranges: runs of non-empty lines separated by blank lines or single newlines. */
export function paragraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function stripDiacritics(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '');
}

/** Lower case, straight apostrophes, no diacritics: the form words are compared in. */
export function fold(s: string): string {
  return stripDiacritics(s).toLowerCase().replace(/[’‘`]/g, "'");
}

export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** Trims a span so it starts and ends on a non-space, non-punctuation character. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /[\s"'“”‘’,;:.\-–—(]/.test(text[start])) start++;
  while (end > start && /[\s"'“”‘’,;:\-–—)]/.test(text[end - 1])) end--;
  while (end > start && text[end - 1] === '.' && !/\.\.$/.test(text.slice(start, end))) end--;
  return { start, end };
}
