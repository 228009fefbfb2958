// Paragraph extractions kept by a hash of the paragraph's text, so that re-analysing an edited
// article parses only the paragraphs that changed, and a paragraph shared by two articles (a wire
// story's boilerplate) is parsed once. Entries unused for a few analyses are dropped.
import { extractParagraph, ParagraphFacts, splitParagraphs } from './extract/paragraph';
import { hash64 } from './hash';

export interface ParagraphEntry {
  /** Offset of the paragraph in its article. */
  readonly start: number;
  readonly hash: string;
  readonly facts: ParagraphFacts;
}

export class ParagraphCache {
  readonly #entries = new Map<string, { facts: ParagraphFacts; used: number }>();
  #generation = 0;
  /** Paragraphs parsed (cache misses) since the cache was made: what an edit cost. */
  parsed = 0;

  /** Every paragraph of `text` with its facts, parsing only those not seen before. */
  paragraphs(text: string): ParagraphEntry[] {
    return splitParagraphs(text).map(({ start, text: para }) => {
      const hash = hash64(para);
      let hit = this.#entries.get(hash);
      if (!hit) {
        hit = { facts: extractParagraph(para), used: this.#generation };
        this.#entries.set(hash, hit);
        this.parsed++;
      }
      hit.used = this.#generation;
      return { start, hash, facts: hit.facts };
    });
  }

  /** Whether facts for this paragraph hash are known. */
  has(hash: string): boolean {
    return this.#entries.has(hash);
  }

  /** Adds facts read from elsewhere (the disk cache), in use from now; the caller has checked them. */
  add(hash: string, facts: ParagraphFacts): void {
    const known = this.#entries.get(hash);
    if (known) known.used = this.#generation;
    else this.#entries.set(hash, { facts, used: this.#generation });
  }

  /** Ends one analysis: entries not used in the last `keep` analyses are forgotten. */
  sweep(keep = 3): void {
    this.#generation++;
    for (const [k, e] of this.#entries) if (this.#generation - e.used > keep) this.#entries.delete(k);
  }

  get size(): number {
    return this.#entries.size;
  }
}
