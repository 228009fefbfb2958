// Everything the engine reads out of one article at once. The editor and the CLI go through
// extract/paragraph.ts instead, which applies the same extractors one paragraph at a time.
import { tagTerms } from '../nlp';
import type { ArticleFacts, Claim, PersonMention } from '../types';
import { extractDates } from './dates';
import { extractClaims } from './numbers';
import { extractPeople } from './people';
import { extractQuantities } from './quantities';
import { extractQuotes } from './quotes';

export function extractFacts(path: string, text: string): ArticleFacts {
  const { people, claims } = extractPeopleAndClaims(path, text);
  return { path, title: titleOf(text), people, quotes: extractQuotes(path, text, people), claims };
}

/**
 * People and claims of every kind, in text order. Shared with extract/paragraph.ts, which applies it
 * to one paragraph at a time, so a new extractor added here reaches both.
 */
export function extractPeopleAndClaims(path: string, text: string): { people: PersonMention[]; claims: Claim[] } {
  const tags = tagTerms(text);
  const people = extractPeople(path, text, tags);
  return { people, claims: [...extractClaims(path, text, people, tags), ...extractQuantities(path, text, tags), ...extractDates(path, text)].sort((a, b) => a.start - b.start) };
}

/** The headline: the first non-empty line, without a Markdown heading mark, shortened. */
export function titleOf(text: string): string {
  const line = text.replace(/^\uFEFF/, '').split(/\r?\n/).find((l) => l.trim()) ?? '';
  const t = line.replace(/^#+\s*/, '').trim();
  return t.length > 120 ? `${t.slice(0, 117)}...` : t;
}
