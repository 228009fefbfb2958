// Articles in, conflicts out. Extraction is per paragraph and cached by text, so re-analysing after an
// edit costs the changed paragraphs plus the cross-article matching.
import { composeArticle } from './extract/paragraph';
import { byPlace } from './match/occurrences';
import { canonicalName, clusterPeople, PersonCluster, personConflicts } from './match/people';
import { dateConflicts } from './match/dates';
import { frameConflicts } from './match/frames';
import { quoteConflicts } from './match/quotes';
import { speakerResolver } from './match/speakerIndex';
import { roleConflicts, titleConflicts } from './match/titles';
import { familyConflicts } from './match/families';
import { surnameMixups } from './match/surnameMixups';
import { surnameKey } from './names';
import { ParagraphCache, ParagraphEntry } from './paragraphCache';
import type { Analysis, Article, ArticleFacts, Options, Person, Quote } from './types';
import { defaultOptions } from './types';

/**
 * Extracted facts per article, built from a paragraph cache: an unchanged article costs nothing, an
 * edited one costs the paragraphs that changed.
 */
export class FactsCache {
  private readonly byPath = new Map<string, { text: string; facts: ArticleFacts }>();
  readonly paragraphs = new ParagraphCache();

  get(article: Article): ArticleFacts {
    return this.lookup(article).facts;
  }

  /**
   * The article's facts and, when they had to be composed, the paragraphs they were composed from.
   * `known`: the article's paragraphs as read from the disk cache (checked against this text), so
   * they are not split and hashed again.
   */
  lookup(article: Article, known?: readonly ParagraphEntry[]): { facts: ArticleFacts; paragraphs?: readonly ParagraphEntry[] } {
    const hit = this.byPath.get(article.path);
    if (hit && hit.text === article.text) return { facts: hit.facts };
    if (known) for (const p of known) this.paragraphs.add(p.hash, p.facts);
    const paragraphs = known ?? this.paragraphs.paragraphs(article.text);
    const facts = composeArticle(article.path, article.text, paragraphs);
    this.byPath.set(article.path, { text: article.text, facts });
    return { facts, paragraphs };
  }

  /** Whether the article's facts, for this very text, are at hand. */
  has(article: Article): boolean {
    return this.byPath.get(article.path)?.text === article.text;
  }

  /** Forgets articles that are no longer loaded, and paragraphs no longer used. */
  retain(paths: Iterable<string>): void {
    const keep = new Set(paths);
    for (const p of [...this.byPath.keys()]) if (!keep.has(p)) this.byPath.delete(p);
    this.paragraphs.sweep();
  }

  get size(): number {
    return this.byPath.size;
  }
}

export function analyze(articles: readonly Article[], options: Partial<Options> = {}, cache = new FactsCache()): Analysis {
  const opts: Options = { ...defaultOptions, ...options };
  return match(articles.map((a) => cache.get(a)), opts);
}

export function match(facts: readonly ArticleFacts[], opts: Options): Analysis {
  const mentions = facts.flatMap((f) => f.people);
  const clusters = clusterPeople(mentions);
  const clusterName = clusters.map((c) => canonicalName(c).text);
  const bySurname = new Map<string, number>();
  const byFullName = new Map<string, number>();
  const ambiguous = new Set<string>();
  clusters.forEach((c, i) => {
    for (const m of c.full) {
      byFullName.set(m.text, i);
      const k = surnameKey(m.tokens[m.tokens.length - 1]);
      if (bySurname.has(k) && bySurname.get(k) !== i) ambiguous.add(k);
      bySurname.set(k, i);
    }
  });
  const personIndex = (word: string) => {
    const k = surnameKey(word);
    return ambiguous.has(k) ? undefined : bySurname.get(k);
  };
  /** A person named as written ("Robert Roe" or "Roe") as a key; a full name finds its own cluster. */
  const personKey = (name: string) => {
    const i = name.includes(' ') ? byFullName.get(name) : personIndex(name);
    return i === undefined ? undefined : `person:${i}`;
  };
  const quotes = facts.flatMap((f) => f.quotes);
  const resolveSpeaker = speakerResolver(new Map(facts.map((f) => [f.path, f.people])), byFullName, personIndex);
  // Resolved once: quote matching asks for the same speakers pair after pair.
  const speakerKeys = new Map(quotes.map((q) => [q, resolveSpeaker(q)]));
  const speakerKey = (q: Quote) => speakerKeys.get(q);
  const describe = (key: string) => (key.startsWith('person:') ? clusterName[Number(key.slice(7))] : key.replace(/^(?:thing|role):/, 'the '));

  const conflicts = [
    ...personConflicts(clusters, opts.houseStyle),
    ...familyConflicts(clusters, mentions),
    ...surnameMixups(clusters, clusterName),
    ...titleConflicts(clusters, clusterName),
    ...roleConflicts(clusters, clusterName),
    ...quoteConflicts(quotes, opts.minQuoteWords, speakerKey, describe, (q) => (q.reportedBy ? resolveSpeaker({ ...q, speaker: q.reportedBy }) : undefined)),
    ...dateConflicts(facts.flatMap((f) => f.claims)),
    ...frameConflicts(facts.flatMap((f) => f.claims), personKey, describe),
  ];
  conflicts.sort((a, b) => byPlace(a.occurrences[0], b.occurrences[0]));
  return {
    articles: facts.map((f) => ({ path: f.path, title: f.title })),
    conflicts,
    people: people(clusters, clusterName, quotes, speakerKey),
  };
}

function people(clusters: readonly PersonCluster[], names: readonly string[], quotes: readonly Quote[], speakerKey: (q: Quote) => string | undefined): Person[] {
  const quotesBy = new Map<string, Quote[]>();
  for (const q of quotes) {
    const k = speakerKey(q);
    if (!k) continue;
    const list = quotesBy.get(k);
    if (list) list.push(q); else quotesBy.set(k, [q]);
  }
  return clusters.map((c, i) => ({
    name: names[i],
    mentions: [...c.full, ...c.partial, ...c.misnamed].sort(byPlace),
    titles: [...new Set(c.full.concat(c.partial).map((m) => m.title).filter((t): t is string => !!t))],
    quotes: quotesBy.get(`person:${i}`) ?? [],
  }));
}
