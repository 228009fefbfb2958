// The analysis worker for VS Code in the browser: a Web Worker carries the messages of sessionLoop.
// There is no disk in the browser, so no disk cache: the session keeps its paragraph cache in memory.
import { sessionLoop } from '../worker/analysisSession';
import type { FromWorker, ToWorker } from '../worker/protocol';

/** The part of a dedicated worker's global scope this file uses. */
declare const self: {
  postMessage(message: FromWorker): void;
  onmessage: ((e: { data: ToWorker }) => void) | null;
};

const receive = sessionLoop((m) => self.postMessage(m));
self.onmessage = ({ data }) => receive(data);
