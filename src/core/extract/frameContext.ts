// What a quantity's frame is anchored by besides its own words: the time word it hangs on, the
// content words of its sentence and the people named around it (for counts and money, extract/numbers.ts).
// Each looks at a window of the text around the figure, never a whole paragraph of unbounded length.
import { singular } from '../model/measures';
import { surnameKey } from '../names';
import type { PersonMention } from '../types';

/**
 * Surnames of the people named in the figure's sentence and in the rest of its paragraph. `people`
 * is sorted by start; the paragraph is looked at no further than timeWords looks, so a huge
 * one-line paragraph costs a window per figure, not its length.
 */
export function peopleAround(text: string, start: number, end: number, people: readonly PersonMention[]): { named?: string[]; namedNearby?: string[] } {
  if (!people.length) return {};
  const lo = Math.max(0, start - 4 * REACH), hi = Math.min(text.length, end + 4 * REACH);
  const paraStart = lo + text.slice(lo, start).lastIndexOf('\n') + 1;
  const nl = text.slice(end, hi).indexOf('\n');
  const paraEnd = nl < 0 ? hi : end + nl;
  const sStart = sentenceStart(text, start), sEnd = sentenceEnd(text, end);
  const named = new Set<string>(), nearby = new Set<string>();
  for (let i = firstStartingAt(people, paraStart); i < people.length && people[i].start < paraEnd; i++) {
    const p = people[i];
    const key = surnameKey(p.tokens[p.tokens.length - 1]);
    (p.start >= sStart && p.end <= sEnd ? named : nearby).add(key);
  }
  return { ...(named.size ? { named: [...named] } : {}), ...(nearby.size ? { namedNearby: [...nearby] } : {}) };
}

function firstStartingAt(sorted: readonly PersonMention[], at: number): number {
  let a = 0, b = sorted.length;
  while (a < b) { const mid = (a + b) >> 1; if (sorted[mid].start < at) a = mid + 1; else b = mid; }
  return a;
}

const CONTEXT_STOP = new Set(['that', 'this', 'with', 'from', 'have', 'were', 'their', 'they', 'been', 'said', 'says', 'about', 'more', 'than', 'which', 'would', 'will', 'there', 'after', 'into', 'also', 'when', 'some', 'other', 'least', 'nearly', 'what', 'where', 'while', 'over', 'only', 'just', 'most', 'many', 'such', 'them', 'these', 'those', 'because', 'could', 'should', 'being', 'before', 'since']);

// How far around a figure its sentence and paragraph are looked at. Without a bound, a paragraph of
// thousands of figures and no full stop (a table pasted as one line) costs its length squared.
const REACH = 600;

// A full stop ends a sentence only before a word that does not start in lower case: "at 9:15 p.m. on
// Tuesday" and "the U.S. embassy" are one sentence each.
const CONTINUES = /^\s+[\p{Ll}\d]/u;

/** The last sentence stop ('. ') in `s` at or before `from`, or -1. */
function lastStop(s: string, from: number): number {
  let i = s.lastIndexOf('. ', from);
  while (i >= 0 && CONTINUES.test(s.slice(i + 1, i + 4))) i = i > 0 ? s.lastIndexOf('. ', i - 1) : -1;
  return i;
}

/** The first sentence stop ('. ') in `s` at or after `from`, or -1. */
function nextStop(s: string, from: number): number {
  let i = s.indexOf('. ', from);
  while (i >= 0 && CONTINUES.test(s.slice(i + 1, i + 4))) i = s.indexOf('. ', i + 1);
  return i;
}

/** Where the sentence holding `at` starts, looking back no further than REACH. */
function sentenceStart(text: string, at: number): number {
  const lo = Math.max(0, at - REACH);
  const back = text.slice(lo, at + 2);
  return lo + Math.max(lastStop(back, back.length) + 1, back.lastIndexOf('\n') + 1, 0);
}

/** Content words of the sentence around a figure, the figure's own words left out. */
export function contextWords(text: string, start: number, end: number): string[] {
  const from = sentenceStart(text, start);
  const to = sentenceEnd(text, end);
  const words = `${text.slice(from, start)} ${text.slice(end, to)}`.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
  return [...new Set(words.filter((w) => !CONTEXT_STOP.has(w)).map(singular))];
}

const TIME_WORD = /\b(?:(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|january|february|march|april|june|july|august|september|october|november|december)|(last|this|next) (week|month|year|weekend)|((?:19|20)\d\d))\b/gi;

/** Time words around a figure: in its sentence, else in its paragraph. Two figures anchored to different times are not one claim. */
export function timeWords(text: string, at: number): string[] | undefined {
  const lo = Math.max(0, at - 4 * REACH), hi = Math.min(text.length, at + 4 * REACH);
  const paraStart = lo + text.slice(lo, at + 1).lastIndexOf('\n') + 1;
  const next = text.slice(at, hi).indexOf('\n');
  const paraEnd = next < 0 ? hi : at + next;
  const para = text.slice(paraStart, paraEnd);
  const rel = at - paraStart;
  const sStart = Math.max(lastStop(para, rel) + 1, 0);
  const sEndDot = nextStop(para, rel);
  const sentence = para.slice(sStart, sEndDot < 0 ? para.length : sEndDot);
  // "a rise on last year, when just seven cases": of several times in a sentence, the figure is
  // anchored to the nearest one.
  const inSentence = [...sentence.matchAll(TIME_WORD)];
  if (inSentence.length) {
    const figureAt = rel - sStart;
    const distance = (m: RegExpMatchArray) => Math.min(Math.abs(m.index! - figureAt), Math.abs(m.index! + m[0].length - figureAt));
    const nearest = inSentence.reduce((a, b) => (distance(b) < distance(a) ? b : a));
    return [nearest[0].toLowerCase()];
  }
  const found = [...para.matchAll(TIME_WORD)].map((m) => m[0].toLowerCase());
  return found.length ? [...new Set(found)].sort() : undefined;
}

const SENTENCE_END = /[.!?](?=\s*$|\s+[^\p{Ll}\d\s])|\n/u;

/** Where the sentence holding `from` ends (its stop, or a line break), looking no further than REACH. */
export function sentenceEnd(text: string, from: number): number {
  const window = text.slice(from, from + REACH + 1);
  const m = SENTENCE_END.exec(window);
  return m ? from + m.index : from + Math.min(window.length, REACH);
}
