// The disk cache's entry for a whole analysis: what matching made of one set of article texts, in
// one order, with one set of options. A warm start of an unchanged workspace reads it instead of
// loading every article's facts and matching them again. Keyed by a hash of every path and text
// hash; checked before use like the fact entries (format, engine, the articles it is for, and every
// span it holds reading back its own text), so a corrupt or stale entry is ignored, never trusted.
import { hash64 } from '../core/hash';
import type { Analysis, Article, Options, PersonMention } from '../core/types';

export interface AnalysisKey {
  /** Hash of everything below, naming the entry. */
  readonly name: string;
  /** Each article's path and text hash, in order. */
  readonly articles: readonly (readonly [string, string])[];
  readonly options: string;
}

interface Entry {
  readonly format: 1;
  readonly engine: string;
  readonly articles: readonly (readonly [string, string])[];
  readonly options: string;
  readonly analysis: Analysis;
}

export function analysisKey(articles: readonly Article[], options: Options): AnalysisKey {
  const list = articles.map((a) => [a.path, hash64(a.text)] as const);
  // Keys sorted, so two equal option objects give one key whatever order their keys were set in.
  const opts = JSON.stringify(options, Object.keys(options).sort());
  return { name: hash64(JSON.stringify([opts, list])), articles: list, options: opts };
}

export function analysisEntry(engine: string, key: AnalysisKey, analysis: Analysis): Entry {
  return { format: 1, engine, articles: key.articles, options: key.options, analysis };
}

/** The entry's analysis if it is for exactly these articles and options and every check passes. */
export function checkAnalysisEntry(entry: Entry, engine: string, key: AnalysisKey, articles: readonly Article[]): Analysis | undefined {
  if (!entry || entry.format !== 1 || entry.engine !== engine || entry.options !== key.options) return undefined;
  if (!Array.isArray(entry.articles) || entry.articles.length !== key.articles.length) return undefined;
  if (!entry.articles.every((a, i) => Array.isArray(a) && a[0] === key.articles[i][0] && a[1] === key.articles[i][1])) return undefined;
  const a = entry.analysis;
  if (!a || !Array.isArray(a.articles) || !Array.isArray(a.conflicts) || !Array.isArray(a.people)) return undefined;
  const texts = new Map(articles.map((x) => [x.path, x.text]));
  const span = (s: { path?: unknown; start?: unknown; end?: unknown; text?: unknown } | undefined) => {
    const text = s && typeof s.path === 'string' ? texts.get(s.path) : undefined;
    return text !== undefined && Number.isInteger(s!.start) && Number.isInteger(s!.end) && (s!.start as number) >= 0 &&
      (s!.start as number) <= (s!.end as number) && (s!.end as number) <= text.length && text.slice(s!.start as number, s!.end as number) === s!.text;
  };
  const strings = (xs: unknown) => Array.isArray(xs) && xs.every((x) => typeof x === 'string');
  const ok = a.articles.length === articles.length &&
    a.articles.every((x, i) => x && x.path === articles[i].path && typeof x.title === 'string') &&
    a.conflicts.every((c) => c && typeof c.kind === 'string' && typeof c.rule === 'string' && typeof c.severity === 'string' &&
      typeof c.message === 'string' && Array.isArray(c.occurrences) && c.occurrences.every(span)) &&
    a.people.every((p) => p && typeof p.name === 'string' && strings(p.titles) && Array.isArray(p.mentions) && Array.isArray(p.quotes) &&
      p.mentions.every((m: PersonMention) => span(m) && strings(m.tokens)) && p.quotes.every(span));
  return ok ? a : undefined;
}
