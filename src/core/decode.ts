// Turns file bytes into article text, or says plainly why it cannot. Shared by the CLI and the
// extension's workspace loader so both treat odd files the same way.

export type Decoded =
  | { ok: true; text: string; warning?: string; /** Only the start of the file is in `text`. */ partial?: boolean }
  | { ok: false; reason: string };

/**
 * Decodes at most `maxBytes` of `bytes`. A longer file is cut, like a spell checker's check limit,
 * rather than refused: the start of a giant transcript is still worth comparing.
 */
export function decodeArticle(bytes: Uint8Array, maxBytes: number): Decoded {
  const partial = bytes.length > maxBytes;
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (partial) bytes = bytes.subarray(0, utf16 ? maxBytes & ~1 : utf8Boundary(bytes, maxBytes));
  const limited = (d: { text: string; warning?: string }): Decoded => {
    if (!partial) return { ok: true, ...d };
    const note = `only the first ${Math.max(1, Math.round(maxBytes / 1024))} KB analysed`;
    return { ok: true, text: cutText(d.text, d.text.length), warning: d.warning ? `${d.warning}; ${note}` : note, partial };
  };
  if (utf16) return limited({ text: new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes) });
  // NUL bytes do not occur in text: this is an image, an archive or similar.
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, reason: 'binary file, not text' };
  try {
    // ignoreBOM keeps a UTF-8 byte-order mark in the text, so offsets match what editors count.
    return limited({ text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) });
  } catch {
    return limited({ text: new TextDecoder('windows-1252').decode(bytes), warning: 'not valid UTF-8; read as Windows-1252' });
  }
}

/** The longest prefix of at most `max` bytes that does not split a UTF-8 sequence. */
function utf8Boundary(bytes: Uint8Array, max: number): number {
  let end = max;
  // Continuation bytes are 10xxxxxx: back off to the lead byte of the sequence the cut would split.
  while (end > 0 && end > max - 4 && (bytes[end] & 0xc0) === 0x80) end--;
  return end;
}

/**
 * The start of `text`, at most `max` UTF-16 units, ending at a line break when one is in the second
 * half (so no sentence or quote is cut in two), and never inside a surrogate pair. Offsets into the
 * result are offsets into the whole text.
 */
export function cutText(text: string, max: number): string {
  let end = Math.min(max, text.length);
  const line = text.lastIndexOf('\n', end - 1);
  if (line >= end / 2) return text.slice(0, line + 1);
  while (end > 0 && /[\uD800-\uDBFF\uFFFD]/.test(text[end - 1]) && end === Math.min(max, text.length)) end--;
  return text.slice(0, end);
}
