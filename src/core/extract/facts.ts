// Everything the engine reads out of one article. Pure and per-article, so callers can cache it by
// text and re-run only the cheap cross-article matching when another article changes.
import { tagTerms } from '../nlp';
import type { ArticleFacts } from '../types';
import { extractDates } from './dates';
import { extractClaims } from './numbers';
import { extractPeople } from './people';
import { extractQuotes } from './quotes';

export function extractFacts(path: string, text: string): ArticleFacts {
  const tags = tagTerms(text);
  const people = extractPeople(path, text, tags);
  return {
    path,
    title: titleOf(text),
    people,
    quotes: extractQuotes(path, text, people),
    claims: [...extractClaims(path, text, people, tags), ...extractDates(path, text)].sort((a, b) => a.start - b.start),
  };
}

/** The headline: the first non-empty line, without a Markdown heading mark, shortened. */
export function titleOf(text: string): string {
  const line = text.replace(/^\uFEFF/, '').split(/\r?\n/).find((l) => l.trim()) ?? '';
  const t = line.replace(/^#+\s*/, '').trim();
  return t.length > 120 ? `${t.slice(0, 117)}...` : t;
}
