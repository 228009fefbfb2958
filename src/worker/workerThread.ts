// Starts the analysis worker as a worker_threads Worker: the host's only Node-specific piece of the
// analysis. A web build passes a Web Worker starter with the same shape to AnalysisService instead.
import { Worker } from 'worker_threads';
import type { FromWorker, ToWorker } from './protocol';

export interface WorkerPort {
  post(message: ToWorker): void;
  terminate(): void;
}

export interface WorkerEvents {
  message(m: FromWorker): void;
  /** The worker died: crashed or exited. Not called after terminate(). */
  exit(reason: string): void;
}

export type StartWorker = (events: WorkerEvents) => WorkerPort;

export function workerThread(script: string): StartWorker {
  return (events) => {
    const w = new Worker(script);
    let ended = false;
    const end = (reason: string) => { if (!ended) { ended = true; events.exit(reason); } };
    w.on('message', (m: FromWorker) => { if (!ended) events.message(m); });
    w.on('error', (e) => end(`crashed: ${e.message}`));
    w.on('exit', (code) => end(`exited with code ${code}`));
    return {
      post: (m) => w.postMessage(m),
      terminate: () => { ended = true; void w.terminate(); },
    };
  };
}
