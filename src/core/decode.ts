// Turns file bytes into article text, or says plainly why it cannot. Shared by the CLI and the
// extension's workspace loader so both treat odd files the same way.

export type Decoded = { ok: true; text: string; warning?: string } | { ok: false; reason: string };

export function decodeArticle(bytes: Uint8Array, maxBytes: number): Decoded {
  if (bytes.length > maxBytes) return { ok: false, reason: `larger than ${Math.round(maxBytes / 1024)} KB` };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes) };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes) };
  // NUL bytes do not occur in text: this is an image, an archive or similar.
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, reason: 'binary file, not text' };
  try {
    // ignoreBOM keeps a UTF-8 byte-order mark in the text, so offsets match what editors count.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { ok: true, text: new TextDecoder('windows-1252').decode(bytes), warning: 'not valid UTF-8; read as Windows-1252' };
  }
}
