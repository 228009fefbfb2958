// The analysis worker's state and request loop, free of any platform API: the Node adapter
// (worker.ts) and a future Web Worker adapter only carry messages and give it storage. Requests carry
// only changed texts; a newer request cancels the one in progress at its next pause (the work done
// stays in the caches), and the worker reports progress so the host can tell slow from hung.
import { FactsCache, match } from './core/analyze';
import { defaultOptions, type Options } from './core/types';
import type { FactStore } from './factStore';
import type { FromWorker, ToWorker } from './protocol';

/** How long the session works before letting newer messages in (and telling the host it is alive). */
const SLICE_MS = 100;

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class AnalysisSession {
  readonly #texts = new Map<string, string>();
  #paths: readonly string[] = [];
  #options: Partial<Options> = {};
  readonly #cache = new FactsCache();
  #latest = 0;
  #running = false;

  constructor(private readonly post: (m: FromWorker) => void, private readonly store?: FactStore, private readonly testHooks = false, private readonly sliceMs = SLICE_MS) {}

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
    const parsedBefore = this.#cache.paragraphs.parsed;
    let fromDisk = 0, rejected = 0;
    const onDisk = new Set<string>();
    if (this.store) {
      const fresh = articles.filter((a) => !this.#cache.has(a));
      const loaded = await Promise.all(fresh.map((a) => this.store!.load(a.text)));
      loaded.forEach((entry, i) => {
        if (entry === 'rejected') rejected++;
        if (typeof entry === 'string') return;
        for (const p of entry) this.#cache.paragraphs.add(p.hash, p.facts);
        onDisk.add(fresh[i].path);
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
      const { facts: f, paragraphs } = this.#cache.lookup(a);
      if (paragraphs && this.store && !onDisk.has(a.path)) void this.store.save(a.path, a.text, paragraphs);
      facts.push(f);
    }
    this.post({ type: 'progress', id, done: articles.length, total: articles.length });
    const analysis = match(facts, { ...defaultOptions, ...this.#options });
    this.#cache.retain(this.#paths);
    this.post({ type: 'result', id, analysis, stats: { parsed: this.#cache.paragraphs.parsed - parsedBefore, fromDisk, rejected } });
  }

  #fault(fault: 'crash' | 'hang'): void {
    // Only when the host asked for test hooks (VS Code running the extension's tests).
    if (!this.testHooks) return;
    if (fault === 'crash') setTimeout(() => { throw new Error('crash requested by a test'); }, 0);
    else for (;;) { /* a hang requested by a test: never yields */ }
  }
}
