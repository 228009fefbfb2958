// Keeps the latest analysis of the loaded articles. Edits are debounced (crosscheck.debounceMs), only
// changed texts are sent to the worker, a newer request supersedes an older one, and the results for
// every article are published together in one event. If the worker crashes or goes silent for
// crosscheck.analysisTimeoutSeconds it is restarted and the analysis re-run; the user is told once.
import * as vscode from 'vscode';
import type { ArticleSet, LoadedArticle } from './articles';
import type { Config } from './config';
import type { Analysis } from '../core/types';
import { Disposable } from './dispose';
import type { AnalysisStats, FromWorker, ToWorker } from '../worker/protocol';
import type { StartWorker, WorkerPort } from '../worker/workerThread';

export interface AnalysisResult {
  readonly analysis: Analysis;
  /** The articles as analysed: offsets in the analysis are into these texts. */
  readonly articles: ReadonlyMap<string, LoadedArticle>;
  readonly stats?: AnalysisStats;
}

/** Restarts in a row after which the service waits for the next edit or refresh instead of retrying. */
const MAX_RETRIES = 3;

export interface AnalysisOptions {
  readonly startWorker: StartWorker;
  /** Folder for the disk cache, if any. */
  readonly cacheDir?: string;
  /** Let integration tests inject worker faults. */
  readonly testHooks?: boolean;
}

export class AnalysisService extends Disposable {
  #worker: WorkerPort | undefined;
  #generation = 0;
  #started = 0;
  #sent = new Map<string, string>();
  #nextId = 0;
  #waiting = new Map<number, (r: FromWorker | undefined) => void>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #watchdog: ReturnType<typeof setTimeout> | undefined;
  #latest: AnalysisResult | undefined;
  /** The worker's last answer before refinement, so a change of what is shown needs no new analysis. */
  #answer: AnalysisResult | undefined;
  #running = 0;
  #failures = 0;
  #refine: (a: Analysis) => Analysis = (a) => a;
  readonly #onDidAnalyse = this._register(new vscode.EventEmitter<AnalysisResult>());
  readonly onDidAnalyse = this.#onDidAnalyse.event;
  readonly #onDidChangeBusy = this._register(new vscode.EventEmitter<boolean>());
  readonly onDidChangeBusy = this.#onDidChangeBusy.event;
  readonly #onDidFail = this._register(new vscode.EventEmitter<string>());
  /** Fires when the worker crashed or hung and was restarted, with what happened. */
  readonly onDidFail = this.#onDidFail.event;

  constructor(private readonly articles: ArticleSet, private readonly config: Config, private readonly log: vscode.LogOutputChannel, private readonly options: AnalysisOptions) {
    super();
    this._register(articles.onDidChange(() => this.schedule()));
    this._register(config.onDidChange((e) => {
      // A change of which files are read reaches the analysis through the article set's rescan.
      if (e.effects.has('files')) return;
      // The worker keeps the texts and their facts: only the matching runs again.
      if (e.effects.has('analysis')) this.schedule();
      else if (e.effects.has('presentation')) this.republish();
    }));
    this._register({ dispose: () => { clearTimeout(this.#timer); clearTimeout(this.#watchdog); this.#worker?.terminate(); this.#release(); } });
  }

  get latest(): AnalysisResult | undefined {
    return this.#latest;
  }

  /** Whether analysis runs in a worker: it always does; kept for the integration tests. */
  get usesWorker(): boolean {
    return this.#worker !== undefined;
  }

  /** How many workers were started so far: more than one means a restart. */
  get workersStarted(): number {
    return this.#started;
  }

  /** Applied to every analysis before it is published: settings and accepted variants hide conflicts. */
  refineWith(refine: (a: Analysis) => Analysis): void {
    this.#refine = refine;
  }

  /**
   * Publishes the last analysis again through the current refinement, without asking the worker: for
   * changes of which conflicts are shown, or how. Undefined before the first analysis.
   */
  republish(): AnalysisResult | undefined {
    if (!this.#answer || this.isDisposed) return undefined;
    this.#latest = { ...this.#answer, analysis: this.#refine(this.#answer.analysis) };
    this.#onDidAnalyse.fire(this.#latest);
    return this.#latest;
  }

  schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.run(), this.config.settings.debounceMs);
  }

  /** Analyses the current articles now and publishes the result; undefined if superseded or failed. */
  async run(): Promise<AnalysisResult | undefined> {
    clearTimeout(this.#timer);
    if (this.isDisposed) return undefined;
    const snapshot = new Map(this.articles.all().map((a) => [a.key, a]));
    const id = ++this.#nextId;
    const upsert: { path: string; text: string }[] = [];
    for (const a of snapshot.values()) if (this.#sent.get(a.key) !== a.text) upsert.push({ path: a.key, text: a.text });
    const s = this.config.settings;
    const worker = this.#ensureWorker();
    for (const a of upsert) this.#sent.set(a.path, a.text);
    for (const k of [...this.#sent.keys()]) if (!snapshot.has(k)) this.#sent.delete(k);
    this.#setBusy(+1);
    try {
      const res = await new Promise<FromWorker | undefined>((resolve) => {
        this.#waiting.set(id, resolve);
        this.#feedWatchdog();
        worker.post({ type: 'analyse', id, upsert, paths: [...snapshot.keys()], options: { minQuoteWords: s.minQuoteWords, houseStyle: s.houseStyle } });
      });
      if (!res || res.type === 'superseded' || id !== this.#nextId || this.isDisposed) return undefined;
      if (res.type === 'error') {
        this.log.error(`analysis failed: ${res.error}`);
        return undefined;
      }
      if (res.type !== 'result') return undefined;
      this.#failures = 0;
      this.#answer = { analysis: res.analysis, articles: snapshot, stats: res.stats };
      this.#latest = { ...this.#answer, analysis: this.#refine(res.analysis) };
      this.log.info(res.stats.analysisFromDisk
        ? `analysed ${snapshot.size} article(s): the same texts as the last session, its analysis read from the disk cache`
        : `analysed ${snapshot.size} article(s): ${res.stats.parsed} paragraph(s) parsed, ${res.stats.fromDisk} from the disk cache${res.stats.rejected ? `, ${res.stats.rejected} unusable cache entries rebuilt` : ''}`);
      this.#onDidAnalyse.fire(this.#latest);
      return this.#latest;
    } finally {
      this.#setBusy(-1);
    }
  }

  /** Test hook: makes the worker crash or hang. Ignored by the worker unless VS Code runs tests. */
  injectFault(fault: 'crash' | 'hang'): void {
    this.#ensureWorker().post({ type: 'fault', fault });
  }

  #setBusy(delta: number): void {
    const was = this.#running > 0;
    this.#running += delta;
    if (was !== this.#running > 0) this.#onDidChangeBusy.fire(this.#running > 0);
  }

  #ensureWorker(): WorkerPort {
    if (this.#worker) return this.#worker;
    const generation = ++this.#generation;
    this.#started++;
    const worker = this.options.startWorker({
      message: (m) => { if (generation === this.#generation) this.#receive(m); },
      exit: (reason) => { if (generation === this.#generation) this.#fail(`the analysis worker ${reason}`); },
    });
    const init: ToWorker = { type: 'init', cacheDir: this.options.cacheDir, testHooks: this.options.testHooks };
    worker.post(init);
    this.#worker = worker;
    this.log.info(`analysis worker started${this.options.cacheDir ? `, disk cache in ${this.options.cacheDir}` : ''}`);
    return worker;
  }

  #receive(m: FromWorker): void {
    this.#feedWatchdog();
    if (m.type === 'progress') return;
    // Results answer their own request and every older one still waiting.
    for (const [id, resolve] of this.#waiting) {
      if (id > m.id) continue;
      this.#waiting.delete(id);
      resolve(id === m.id ? m : { type: 'superseded', id });
    }
    if (!this.#waiting.size) clearTimeout(this.#watchdog);
  }

  /** Restarts the wait for a sign of life while a request is open. */
  #feedWatchdog(): void {
    clearTimeout(this.#watchdog);
    const ms = this.config.settings.analysisTimeoutSeconds * 1000;
    this.#watchdog = setTimeout(() => {
      if (this.#waiting.size) this.#fail(`the analysis worker did not respond for ${ms / 1000} s`);
    }, ms);
  }

  #fail(reason: string): void {
    clearTimeout(this.#watchdog);
    this.#worker?.terminate();
    this.#worker = undefined;
    this.#generation++; // events from the dead worker are ignored from now on
    this.#sent.clear(); // the next worker starts empty: send everything
    this.#release();
    this.#failures++;
    this.log.error(`${reason}; restarted (${this.#failures} in a row)`);
    this.#onDidFail.fire(reason);
    if (this.#failures < MAX_RETRIES) this.schedule();
    else this.log.error('analysis stopped after repeated failures; it resumes on the next edit or Crosscheck: Re-analyse');
  }

  #release(): void {
    for (const resolve of this.#waiting.values()) resolve(undefined);
    this.#waiting.clear();
  }
}
