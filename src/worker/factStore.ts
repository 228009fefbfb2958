// The disk cache of extracted facts: one entry per article text, keyed by a hash of the text and
// the engine version, holding its paragraphs' facts. Entries are checked before use (format, engine,
// paragraph hashes, every span inside its paragraph and reading back its own text), so a corrupt,
// truncated or stale entry is ignored and rebuilt, never trusted. Storage is an interface so the
// worker stays free of Node APIs: the Node adapter gives it files, the web none.
// Beside them, the last analysis a session settled on (analysisEntry.ts): reopening an unchanged
// workspace needs neither the facts nor the matching.
import type { ParagraphFacts } from '../core/extract/paragraph';
import { splitParagraphs } from '../core/extract/paragraph';
import { hash64 } from '../core/hash';
import type { ParagraphEntry } from '../core/paragraphCache';
import type { Analysis, Article, Options } from '../core/types';
import { analysisEntry, analysisKey, checkAnalysisEntry } from './analysisEntry';

export interface Storage {
  read(name: string): Promise<Uint8Array | undefined>;
  write(name: string, data: Uint8Array): Promise<void>;
  remove(name: string): Promise<void>;
}

interface Entry {
  readonly format: 1;
  readonly engine: string;
  readonly hash: string;
  readonly paragraphs: readonly { hash: string; facts: ParagraphFacts }[];
}

export const ENGINE_VERSION: string = typeof __ENGINE_VERSION__ === 'string' ? __ENGINE_VERSION__ : 'dev';

export class FactStore {
  /** The entry each article was last written under, so an edited article does not leave a trail. */
  readonly #written = new Map<string, string>();
  /** The analysis entry this store last read or wrote: the one a newer analysis replaces. */
  #analysisName: string | undefined;

  constructor(private readonly storage: Storage, private readonly engine = ENGINE_VERSION) {}

  #name(hash: string): string {
    return `${this.engine}/${hash}.json`;
  }

  /**
   * The article's paragraphs (offset, hash and facts, checked against the text), or why there are
   * none. They are what the facts cache composes the article from, so it need not split and hash
   * the text again.
   */
  async load(text: string): Promise<ParagraphEntry[] | 'missing' | 'rejected'> {
    const hash = hash64(text);
    let bytes: Uint8Array | undefined;
    try {
      bytes = await this.storage.read(this.#name(hash));
    } catch {
      return 'missing';
    }
    if (!bytes) return 'missing';
    try {
      const entry = JSON.parse(new TextDecoder().decode(bytes)) as Entry;
      return check(entry, this.engine, hash, text) ?? 'rejected';
    } catch {
      return 'rejected';
    }
  }

  /**
   * The analysis of exactly these articles (paths in this order, these texts) with these options,
   * if an earlier session left one and it passes its checks; undefined otherwise.
   */
  async loadAnalysis(articles: readonly Article[], options: Options): Promise<Analysis | undefined> {
    const key = analysisKey(articles, options);
    const name = this.#analysisEntryName(key.name);
    let bytes: Uint8Array | undefined;
    try {
      bytes = await this.storage.read(name);
    } catch {
      return undefined;
    }
    if (!bytes) return undefined;
    let analysis: Analysis | undefined;
    try {
      analysis = checkAnalysisEntry(JSON.parse(new TextDecoder().decode(bytes)), this.engine, key, articles);
    } catch {
      return undefined;
    }
    if (analysis) this.#analysisName = name;
    return analysis;
  }

  /** Keeps `analysis` as the one for these articles and options, in place of the one this store had. */
  async saveAnalysis(articles: readonly Article[], options: Options, analysis: Analysis): Promise<void> {
    const key = analysisKey(articles, options);
    const name = this.#analysisEntryName(key.name);
    if (name === this.#analysisName) return;
    const before = this.#analysisName;
    this.#analysisName = name;
    try {
      await this.storage.write(name, new TextEncoder().encode(JSON.stringify(analysisEntry(this.engine, key, analysis))));
      if (before) await this.storage.remove(before);
    } catch {
      // As for facts: a cache that cannot be written costs time on the next start, nothing else.
    }
  }

  #analysisEntryName(key: string): string {
    return `${this.engine}/analysis-${key}.json`;
  }

  async save(path: string, text: string, paragraphs: readonly { hash: string; facts: ParagraphFacts }[]): Promise<void> {
    const hash = hash64(text);
    // Back to the text last written (an edit undone): its entry is there already.
    if (this.#written.get(path) === hash) return;
    const entry: Entry = { format: 1, engine: this.engine, hash, paragraphs: paragraphs.map((p) => ({ hash: p.hash, facts: p.facts })) };
    const before = this.#written.get(path);
    this.#written.set(path, hash);
    try {
      await this.storage.write(this.#name(hash), new TextEncoder().encode(JSON.stringify(entry)));
      if (before && before !== hash && ![...this.#written.values()].includes(before)) await this.storage.remove(this.#name(before));
    } catch {
      // A cache that cannot be written costs time on the next start, nothing else.
    }
  }
}

/** The entry's paragraphs, with their offsets in the text, if every check passes, else undefined. */
function check(entry: Entry, engine: string, hash: string, text: string): ParagraphEntry[] | undefined {
  if (!entry || entry.format !== 1 || entry.engine !== engine || entry.hash !== hash || !Array.isArray(entry.paragraphs)) return undefined;
  const paras = splitParagraphs(text);
  if (paras.length !== entry.paragraphs.length) return undefined;
  for (let i = 0; i < paras.length; i++) {
    const { hash: h, facts } = entry.paragraphs[i] ?? {};
    if (h !== hash64(paras[i].text) || !validFacts(facts, paras[i].text)) return undefined;
  }
  return entry.paragraphs.map((p, i) => ({ start: paras[i].start, hash: p.hash, facts: p.facts }));
}

function validFacts(f: ParagraphFacts | undefined, para: string): boolean {
  if (!f || typeof f !== 'object' || !Array.isArray(f.people) || !Array.isArray(f.quotes) || !Array.isArray(f.claims)) return false;
  if (f.lead !== undefined && typeof f.lead !== 'string') return false;
  const spanOk = (s: { start?: unknown; end?: unknown; text?: unknown }) =>
    !!s && Number.isInteger(s.start) && Number.isInteger(s.end) && (s.start as number) >= 0 && (s.end as number) <= para.length &&
    (s.start as number) <= (s.end as number) && para.slice(s.start as number, s.end as number) === s.text;
  return f.people.every((p) => spanOk(p) && Array.isArray(p.tokens)) &&
    f.quotes.every((q) => spanOk(q) && Number.isInteger(q.openAt) && typeof q.wantsLead === 'boolean') &&
    f.claims.every((c) => spanOk(c) && typeof c.kind === 'string' && typeof c.value === 'number');
}
