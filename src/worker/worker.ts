// The analysis worker for desktop VS Code: worker_threads carries the messages of sessionLoop, and
// the disk cache is in files. Everything Node-specific about the worker is in this file.
import * as fs from 'fs/promises';
import * as path from 'path';
import { parentPort } from 'worker_threads';
import { sessionLoop } from './analysisSession';
import { ENGINE_VERSION, FactStore, Storage } from './factStore';
import type { FromWorker } from './protocol';

const receive = sessionLoop((m: FromWorker) => parentPort!.postMessage(m), (init) => {
  if (!init.cacheDir) return undefined;
  void removeOtherEngines(init.cacheDir);
  return new FactStore(fileStorage(init.cacheDir));
});
parentPort?.on('message', receive);

function fileStorage(dir: string): Storage {
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
