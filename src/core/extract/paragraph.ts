// Extraction one paragraph at a time, so that an edit re-parses only the paragraphs it touched.
// A paragraph's facts depend on its text alone and use offsets relative to the paragraph; composing
// an article shifts them to article offsets and resolves what reaches across paragraphs: "he said"
// naming someone from an earlier paragraph, a quote credited by a lead paragraph ending in a colon,
// and an age given next to a surname whose full name appeared earlier.
//
// The one deliberate difference from extracting the whole article at once (extractFacts): nothing
// else reads across a paragraph boundary. compromise tags each paragraph on its own, and a figure at
// the end of a paragraph does not take its noun from the next one (see test/unit/paragraph.test.ts).
import { paragraphs } from '../text';
import type { ArticleFacts, Claim, PersonMention } from '../types';
import { extractPeopleAndClaims, titleOf } from './facts';
import { dominantAmong, namesakesBySurname } from './namesakes';
import { draftQuotes, lastNamedBefore, leadSpeaker, QuoteDraft, resolveQuote } from './quotes';

/** What one paragraph says, with offsets relative to the paragraph and an empty path. */
export interface ParagraphFacts {
  readonly people: readonly PersonMention[];
  readonly quotes: readonly QuoteDraft[];
  readonly claims: readonly Claim[];
  /** What the paragraph credits when it ends in a colon, for a quote opening the next paragraph. */
  readonly lead?: string;
}

export function extractParagraph(text: string): ParagraphFacts {
  const { people, claims } = extractPeopleAndClaims('', text);
  const lead = leadSpeaker(text, 0, text.length);
  return { people, quotes: draftQuotes(text, 0, text.length), claims, ...(lead === undefined ? {} : { lead }) };
}

/** The paragraphs of an article with their text, in the same split extractQuotes uses. */
export function splitParagraphs(text: string): { start: number; text: string }[] {
  return paragraphs(text).map((p) => ({ start: p.start, text: text.slice(p.start, p.end) }));
}

/** Article facts from its paragraphs' facts, in order, each with its start offset in the article. */
export function composeArticle(path: string, text: string, paras: readonly { start: number; facts: ParagraphFacts }[]): ArticleFacts {
  const people: PersonMention[] = [];
  for (const { start, facts } of paras) {
    for (const m of facts.people) people.push({ ...m, path, start: m.start + start, end: m.end + start });
  }
  const claims: Claim[] = [];
  // Indexed once per article, so each age costs a look-up rather than a pass over every mention.
  const namesakes = namesakesBySurname(people);
  const lastFull = new Map<string, string>();
  for (const { start, facts } of paras) {
    for (const c of facts.claims) {
      const about = c.about === undefined ? undefined : fullestName(c.about, facts.people, lastFull, namesakes);
      claims.push({ ...c, path, start: c.start + start, end: c.end + start, ...(about === c.about ? {} : { about }) });
    }
    for (const m of facts.people) if (m.tokens.length > 1) lastFull.set(m.tokens[m.tokens.length - 1], m.text);
  }
  const named = lastNamedBefore(people);
  const quotes = paras.flatMap(({ start, facts }, p) => {
    const lead = p > 0 ? paras[p - 1].facts.lead : undefined;
    return facts.quotes.map((d) => resolveQuote(path, { ...d, start: d.start + start, end: d.end + start, openAt: d.openAt + start }, lead, named));
  });
  return { path, title: titleOf(text), people, quotes, claims };
}

/**
 * An age's person as its paragraph named them; when that was a surname alone, the namesake the
 * article names far more often if it names several (else nobody), or the last full name with that
 * surname in an earlier paragraph (`earlier`, by surname), as extracting the whole article would find.
 */
function fullestName(about: string, own: readonly PersonMention[], earlier: ReadonlyMap<string, string>, namesakes: ReadonlyMap<string, ReadonlyMap<string, number>>): string | undefined {
  const who = own.find((m) => m.text === about);
  if (!who || who.tokens.length > 1) return about;
  const surname = who.tokens[who.tokens.length - 1];
  const namesake = dominantAmong(namesakes.get(surname));
  if (namesake !== undefined) return namesake ?? undefined;
  return earlier.get(surname) ?? about;
}
