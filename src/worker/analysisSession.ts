// The analysis worker's state and request loop, free of any platform API: the Node adapter
// (worker.ts) and the Web Worker adapter (web/worker.ts) only carry messages and give it storage.
// Requests carry only changed texts; a newer request cancels the one in progress at its next pause
// (the work done stays in the caches), and the worker reports progress so the host can tell slow
// from hung. The disk cache is read once per article a session and written when the analyses
// settle, not per edit; a start whose texts an earlier session analysed reads that analysis instead.
import { FactsCache, match } from '../core/analyze';
import type { ParagraphEntry } from '../core/paragraphCache';
import { defaultOptions, type Analysis, type Article, type Options } from '../core/types';
import type { FactStore } from './factStore';
import type { FromWorker, ToWorker } from './protocol';

/** How long the session works before letting newer messages in (and telling the host it is alive). */
const SLICE_MS = 100;
/**
 * Quiet time after an analysis before new disk cache entries are written: while the user types,
 * every keystroke makes a new text whose entry the next one replaces, so only the settled text is worth a write.
 */
const SAVE_DELAY_MS = 2000;

export interface SessionOptions {
  /** Obey `fault` messages (VS Code running the extension's tests). */
  readonly testHooks?: boolean;
  readonly sliceMs?: number;
  readonly saveDelayMs?: number;
}

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class AnalysisSession {
  readonly #texts = new Map<string, string>();
  #paths: readonly string[] = [];
  #options: Partial<Options> = {};
  readonly #cache = new FactsCache();
  #latest = 0;
  #running = false;
  /**
   * Articles already looked up in the disk cache. Once per article a session: an edited text was
   * never cached on disk, and the facts of a text seen before are in memory.
   */
  readonly #lookedUp = new Set<string>();
  /** Entries to write once the analyses settle: the latest parsed text of each article. */
  readonly #unsaved = new Map<string, { text: string; paragraphs: readonly ParagraphEntry[] }>();
  /** The latest analysis, to write with them: the next start of an unchanged workspace reads it. */
  #unsavedAnalysis: { articles: readonly Article[]; options: Options; analysis: Analysis } | undefined;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly testHooks: boolean;
  private readonly sliceMs: number;
  private readonly saveDelayMs: number;

  constructor(private readonly post: (m: FromWorker) => void, private readonly store?: FactStore, options: SessionOptions = {}) {
    this.testHooks = options.testHooks ?? false;
    this.sliceMs = options.sliceMs ?? SLICE_MS;
    this.saveDelayMs = options.saveDelayMs ?? SAVE_DELAY_MS;
  }

  /** Writes the entries waiting for a quiet moment now. */
  async flush(): Promise<void> {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    const unsaved = [...this.#unsaved], analysis = this.#unsavedAnalysis;
    this.#unsaved.clear();
    this.#unsavedAnalysis = undefined;
    for (const [path, { text, paragraphs }] of unsaved) await this.store?.save(path, text, paragraphs);
    // After the facts: an analysis entry on disk means its articles' entries are there too.
    if (analysis) await this.store?.saveAnalysis(analysis.articles, analysis.options, analysis.analysis);
  }

  receive(msg: ToWorker): void {
    if (msg.type === 'fault') return this.#fault(msg.fault);
    if (msg.type !== 'analyse') return;
    for (const a of msg.upsert) this.#texts.set(a.path, a.text);
    this.#paths = msg.paths;
    const keep = new Set(msg.paths);
    for (const p of [...this.#texts.keys()]) if (!keep.has(p)) this.#texts.delete(p);
    this.#options = msg.options;
    this.#latest = msg.id;
    if (!this.#running) void this.#loop();
  }

  async #loop(): Promise<void> {
    this.#running = true;
    try {
      for (;;) {
        const id = this.#latest;
        try {
          await this.#analyse(id);
        } catch (e) {
          this.post({ type: 'error', id, error: (e as Error).stack ?? String(e) });
        }
        if (this.#latest === id) return;
      }
    } finally {
      this.#running = false;
    }
  }

  async #analyse(id: number): Promise<void> {
    const articles = this.#paths.filter((p) => this.#texts.has(p)).map((path) => ({ path, text: this.#texts.get(path)! }));
    const options = { ...defaultOptions, ...this.#options };
    // Before any article's facts are at hand (a start, or nothing edited since one), the analysis an
    // earlier session settled on for these very texts is the answer: no facts to load, nothing to match.
    if (this.store && articles.every((a) => !this.#lookedUp.has(a.path) && !this.#cache.has(a))) {
      const known = await this.store.loadAnalysis(articles, options);
      if (this.#latest !== id) { this.post({ type: 'superseded', id }); return; }
      if (known) {
        this.post({ type: 'result', id, analysis: known, stats: { parsed: 0, fromDisk: 0, rejected: 0, analysisFromDisk: true } });
        return;
      }
    }
    const parsedBefore = this.#cache.paragraphs.parsed;
    let fromDisk = 0, rejected = 0;
    const onDisk = new Map<string, readonly ParagraphEntry[]>();
    if (this.store) {
      const fresh = articles.filter((a) => !this.#lookedUp.has(a.path) && !this.#cache.has(a));
      for (const a of fresh) this.#lookedUp.add(a.path);
      const loaded = await Promise.all(fresh.map((a) => this.store!.load(a.text)));
      loaded.forEach((entry, i) => {
        if (entry === 'rejected') rejected++;
        if (typeof entry === 'string') return;
        // In the paragraph cache before any article is composed: another article may share a paragraph.
        for (const p of entry) this.#cache.paragraphs.add(p.hash, p.facts);
        onDisk.set(fresh[i].path, entry);
        fromDisk++;
      });
    }
    let slice = Date.now();
    const facts = [];
    for (const [done, a] of articles.entries()) {
      if (Date.now() - slice >= this.sliceMs) {
        this.post({ type: 'progress', id, done, total: articles.length });
        await pause();
        if (this.#latest !== id) { this.post({ type: 'superseded', id }); return; }
        slice = Date.now();
      }
      const { facts: f, paragraphs } = this.#cache.lookup(a, onDisk.get(a.path));
      if (paragraphs && this.store && !onDisk.has(a.path)) this.#unsaved.set(a.path, { text: a.text, paragraphs });
      facts.push(f);
    }
    this.post({ type: 'progress', id, done: articles.length, total: articles.length });
    const analysis = match(facts, options);
    this.#cache.retain(this.#paths);
    this.post({ type: 'result', id, analysis, stats: { parsed: this.#cache.paragraphs.parsed - parsedBefore, fromDisk, rejected } });
    if (this.store) {
      this.#unsavedAnalysis = { articles, options, analysis };
      this.#saveWhenQuiet();
    }
  }

  #saveWhenQuiet(): void {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => void this.flush(), this.saveDelayMs);
    // Never the reason a process stays up (Node's timers have unref, a Web Worker's do not).
    (this.#saveTimer as { unref?: () => void }).unref?.();
  }

  #fault(fault: 'crash' | 'hang'): void {
    // Only when the host asked for test hooks (VS Code running the extension's tests).
    if (!this.testHooks) return;
    if (fault === 'crash') setTimeout(() => { throw new Error('crash requested by a test'); }, 0);
    else for (;;) { /* a hang requested by a test: never yields */ }
  }
}

export type InitMessage = Extract<ToWorker, { type: 'init' }>;

/**
 * What a worker does with each message, whatever carries them: `init` starts a fresh session with
 * the store `storeFor` gives it (none by default), anything else goes to the current session.
 */
export function sessionLoop(post: (m: FromWorker) => void, storeFor: (init: InitMessage) => FactStore | undefined = () => undefined): (msg: ToWorker) => void {
  let session: AnalysisSession | undefined;
  return (msg) => {
    if (msg.type === 'init') {
      session = new AnalysisSession(post, storeFor(msg), { testHooks: msg.testHooks });
      return;
    }
    (session ??= new AnalysisSession(post)).receive(msg);
  };
}
