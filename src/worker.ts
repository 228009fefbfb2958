// The analysis worker for desktop VS Code: a worker_threads adapter around AnalysisSession, with the
// disk cache in files. Everything Node-specific about the worker is in this file.
import * as fs from 'fs/promises';
import * as path from 'path';
import { parentPort } from 'worker_threads';
import { AnalysisSession } from './analysisSession';
import { ENGINE_VERSION, FactStore, Storage } from './factStore';
import type { FromWorker, ToWorker } from './protocol';

const post = (m: FromWorker) => parentPort!.postMessage(m);
let session: AnalysisSession | undefined;

parentPort?.on('message', (msg: ToWorker) => {
  if (msg.type === 'init') {
    session = new AnalysisSession(post, msg.cacheDir ? new FactStore(fileStorage(msg.cacheDir)) : undefined, { testHooks: msg.testHooks });
    if (msg.cacheDir) void removeOtherEngines(msg.cacheDir);
    return;
  }
  (session ??= new AnalysisSession(post)).receive(msg);
});

export function fileStorage(dir: string): Storage {
  return {
    async read(name) {
      try {
        return await fs.readFile(path.join(dir, name));
      } catch {
        return undefined;
      }
    },
    async write(name, data) {
      const file = path.join(dir, name);
      await fs.mkdir(path.dirname(file), { recursive: true });
      // Write then rename, so a reader never sees half an entry.
      const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
      await fs.writeFile(tmp, data);
      await fs.rename(tmp, file);
    },
    async remove(name) {
      await fs.rm(path.join(dir, name), { force: true });
    },
  };
}

/** Entries of other engine versions can never be used again. */
async function removeOtherEngines(dir: string): Promise<void> {
  try {
    for (const d of await fs.readdir(dir)) if (d !== ENGINE_VERSION) await fs.rm(path.join(dir, d), { recursive: true, force: true });
  } catch {
    // No folder yet.
  }
}
