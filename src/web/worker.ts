// The analysis worker for VS Code in the browser: a Web Worker adapter around AnalysisSession. There
// is no disk in the browser, so no disk cache: the session keeps its paragraph cache in memory only.
import { AnalysisSession } from '../analysisSession';
import type { FromWorker, ToWorker } from '../protocol';

/** The part of a dedicated worker's global scope this file uses. */
declare const self: {
  postMessage(message: FromWorker): void;
  onmessage: ((e: { data: ToWorker }) => void) | null;
};

let session: AnalysisSession | undefined;
const post = (m: FromWorker) => self.postMessage(m);

self.onmessage = ({ data: msg }) => {
  if (msg.type === 'init') {
    session = new AnalysisSession(post, undefined, { testHooks: msg.testHooks });
    return;
  }
  (session ??= new AnalysisSession(post)).receive(msg);
};
