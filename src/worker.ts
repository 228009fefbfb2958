// Runs the engine off the extension host's main thread. The worker keeps each article's text and
// extracted facts between requests, so the extension sends only what changed and an edit to one
// article costs one extraction plus the cross-article matching.
import { parentPort } from 'worker_threads';
import { analyze, FactsCache } from './core';
import type { Analysis, Options } from './core';

export interface AnalyseRequest {
  readonly id: number;
  /** Articles whose text is new or changed since the last request. */
  readonly upsert: readonly { path: string; text: string }[];
  /** Every article loaded now, in order; texts of the others are already in the worker. */
  readonly paths: readonly string[];
  readonly options: Partial<Options>;
}

export type AnalyseResponse = { id: number; analysis: Analysis } | { id: number; error: string };

const texts = new Map<string, string>();
const cache = new FactsCache();

export function handle(req: AnalyseRequest): AnalyseResponse {
  try {
    for (const a of req.upsert) texts.set(a.path, a.text);
    for (const p of [...texts.keys()]) if (!req.paths.includes(p)) texts.delete(p);
    cache.retain(req.paths);
    const articles = req.paths.filter((p) => texts.has(p)).map((path) => ({ path, text: texts.get(path)! }));
    return { id: req.id, analysis: analyze(articles, req.options, cache) };
  } catch (e) {
    return { id: req.id, error: (e as Error).stack ?? String(e) };
  }
}

parentPort?.on('message', (req: AnalyseRequest) => parentPort!.postMessage(handle(req)));
