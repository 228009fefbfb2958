// Starts the analysis worker as a Web Worker, for VS Code in the browser: the counterpart of
// workerThread.ts, with the same shape, so AnalysisService never knows which one it drives.
import type { FromWorker } from '../worker/protocol';
import type { StartWorker } from '../worker/workerThread';

/** The part of the DOM's Worker this file uses (the project compiles without the DOM library). */
interface BrowserWorker {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((e: { data: FromWorker }) => void) | null;
  onerror: ((e: { message?: string; preventDefault?(): void }) => void) | null;
}
declare const Worker: new (url: string, options?: { name?: string }) => BrowserWorker;

export function webWorker(scriptUrl: string): StartWorker {
  return (events) => {
    const w = new Worker(scriptUrl, { name: 'Crosscheck analysis' });
    let ended = false;
    w.onmessage = (e) => { if (!ended) events.message(e.data); };
    // A Web Worker survives an uncaught error, unlike a worker thread; its state is then unknown,
    // so it is treated as a crash: stopped here and replaced by the service.
    w.onerror = (e) => {
      e.preventDefault?.();
      if (ended) return;
      ended = true;
      w.terminate();
      events.exit(`crashed: ${e.message ?? 'unknown error'}`);
    };
    return {
      post: (m) => w.postMessage(m),
      terminate: () => { ended = true; w.terminate(); },
    };
  };
}
