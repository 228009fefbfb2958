// Reads the start of a local file with Node's fs: the desktop build's fast path for large articles
// (the browser build reads through vscode.workspace.fs instead).
import * as fs from 'fs';

/**
 * The first `max` bytes of a file and one more (so the decoder knows it was longer): a giant
 * transcript is never read whole. Undefined for what is not a regular file (a folder, a pipe).
 */
export async function readHead(file: string, max: number): Promise<Uint8Array | undefined> {
  // Non-blocking, so a named pipe is never waited on.
  const h = await fs.promises.open(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    const stat = await h.stat();
    if (!stat.isFile()) return undefined;
    const buf = Buffer.alloc(Math.min(max, stat.size) + 1);
    let n = 0;
    for (let r; n < buf.length && (r = (await h.read(buf, n, buf.length - n, n)).bytesRead) > 0;) n += r;
    return buf.subarray(0, n);
  } finally {
    await h.close();
  }
}
