// Keeps the latest analysis of the loaded articles. Changes are debounced, sent to a worker thread
// as a delta (only texts that changed), and a result is published only if no newer request was made.
import * as path from 'path';
import * as vscode from 'vscode';
import { Worker } from 'worker_threads';
import type { ArticleSet, LoadedArticle } from './articles';
import type { Config } from './config';
import type { Analysis } from './core';
import { Disposable } from './dispose';
import type { AnalyseRequest, AnalyseResponse } from './worker';

export interface AnalysisResult {
  readonly analysis: Analysis;
  /** The articles as analysed: offsets in the analysis are into these texts. */
  readonly articles: ReadonlyMap<string, LoadedArticle>;
}

const DEBOUNCE_MS = 250;

export class AnalysisService extends Disposable {
  #worker: Worker | undefined;
  #sent = new Map<string, string>();
  #nextId = 0;
  #pending = new Map<number, (r: AnalyseResponse) => void>();
  #timer: NodeJS.Timeout | undefined;
  #latest: AnalysisResult | undefined;
  #running = 0;
  #refine: (a: Analysis) => Analysis = (a) => a;
  readonly #onDidAnalyse = this._register(new vscode.EventEmitter<AnalysisResult>());
  readonly onDidAnalyse = this.#onDidAnalyse.event;
  readonly #onDidChangeBusy = this._register(new vscode.EventEmitter<boolean>());
  readonly onDidChangeBusy = this.#onDidChangeBusy.event;

  constructor(private readonly extensionPath: string, private readonly articles: ArticleSet, private readonly config: Config, private readonly log: vscode.LogOutputChannel) {
    super();
    this._register(articles.onDidChange(() => this.schedule()));
    this._register(config.onDidChange(() => this.schedule()));
    this._register({ dispose: () => { clearTimeout(this.#timer); void this.#worker?.terminate(); } });
  }

  get latest(): AnalysisResult | undefined {
    return this.#latest;
  }

  /** Whether analysis runs in the worker thread (false only if the worker could not start). */
  get usesWorker(): boolean {
    return this.#worker !== undefined;
  }

  /** Applied to every analysis before it is published: settings and accepted variants hide conflicts. */
  refineWith(refine: (a: Analysis) => Analysis): void {
    this.#refine = refine;
  }

  schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.run(), DEBOUNCE_MS);
  }

  /** Analyses the current articles now and publishes the result. */
  async run(): Promise<AnalysisResult | undefined> {
    clearTimeout(this.#timer);
    const snapshot = new Map(this.articles.all().map((a) => [a.key, a]));
    const id = ++this.#nextId;
    const upsert = [...snapshot.values()].filter((a) => this.#sent.get(a.key) !== a.text).map((a) => ({ path: a.key, text: a.text }));
    const s = this.config.settings;
    const req: AnalyseRequest = { id, upsert, paths: [...snapshot.keys()], options: { minQuoteWords: s.minQuoteWords, houseStyle: s.houseStyle } };
    this.#setBusy(+1);
    try {
      const res = await this.#send(req);
      if ('error' in res) {
        this.log.error(`analysis failed: ${res.error}`);
        this.#sent.clear(); // resend everything next time: the worker's state is unknown
        return undefined;
      }
      this.#sent = new Map([...snapshot].map(([k, a]) => [k, a.text]));
      if (id !== this.#nextId || this.isDisposed) return undefined; // a newer request supersedes this one
      this.#latest = { analysis: this.#refine(res.analysis), articles: snapshot };
      this.#onDidAnalyse.fire(this.#latest);
      return this.#latest;
    } finally {
      this.#setBusy(-1);
    }
  }

  #setBusy(delta: number): void {
    const was = this.#running > 0;
    this.#running += delta;
    if (was !== this.#running > 0) this.#onDidChangeBusy.fire(this.#running > 0);
  }

  #send(req: AnalyseRequest): Promise<AnalyseResponse> {
    const worker = this.#ensureWorker();
    if (!worker) {
      // No worker thread available: analyse in this thread rather than not at all.
      // eslint-disable-next-line @typescript-eslint/no-var-requires
      const { handle } = require('./worker') as typeof import('./worker');
      return Promise.resolve(handle(req));
    }
    return new Promise((resolve) => {
      this.#pending.set(req.id, resolve);
      worker.postMessage(req);
    });
  }

  #ensureWorker(): Worker | undefined {
    if (this.#worker) return this.#worker;
    try {
      const w = new Worker(path.join(this.extensionPath, 'dist', 'worker.js'));
      w.on('message', (res: AnalyseResponse) => {
        this.#pending.get(res.id)?.(res);
        this.#pending.delete(res.id);
      });
      w.on('error', (e) => {
        this.log.error(`analysis worker crashed: ${e.message}`);
        this.#restart(`worker crashed: ${e.message}`);
      });
      w.on('exit', (code) => { if (this.#worker === w && code !== 0) this.#restart(`worker exited with code ${code}`); });
      this.#worker = w;
      this.log.info('analysis worker started');
      return w;
    } catch (e) {
      this.log.warn(`cannot start analysis worker, analysing on the main thread: ${(e as Error).message}`);
      return undefined;
    }
  }

  #restart(reason: string): void {
    this.#worker = undefined;
    this.#sent.clear();
    for (const [id, resolve] of this.#pending) resolve({ id, error: reason });
    this.#pending.clear();
  }
}
