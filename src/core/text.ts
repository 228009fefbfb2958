// Small text helpers shared by the extractors, the reports and the editor.

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

// A full stop after these does not end a sentence: "Oct. 30", "Mr. Roe", "U.S. officials", "J. Roe".
const ABBREVIATION = /(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Cmdr|Adm|St|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|etc|a\.m|p\.m)|(?<![\p{L}\p{N}])\p{L}|\p{L}\.\p{L})\.$/u;

/**
 * The sentence around an offset, as [start, end): line breaks and sentence-final marks end it,
 * abbreviations do not. At most `limit` characters either side, so a text without stops costs little.
 */
export function sentenceBounds(text: string, at: number, limit = 600): { start: number; end: number } {
  const ends = (i: number) => /[.!?]/.test(text[i]) && (i + 1 >= text.length || /[\s"”’)]/.test(text[i + 1])) && !(text[i] === '.' && ABBREVIATION.test(text.slice(Math.max(0, i - 5), i + 1)));
  let start = at;
  while (start > 0 && at - start < limit && text[start - 1] !== '\n' && !ends(start - 1)) start--;
  let end = at;
  while (end < text.length && end - at < limit && text[end] !== '\n' && !ends(end)) end++;
  return { start, end: Math.min(text.length, end + (end < text.length && text[end] !== '\n' ? 1 : 0)) };
}

/** Text for one line of a report or a view: white space squeezed, cut to `max` characters ending in `ellipsis`. */
export function snippet(text: string, max = 60, ellipsis = '…'): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - ellipsis.length)}${ellipsis}` : t;
}
