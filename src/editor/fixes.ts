// Quick fixes for one occurrence, as plain replacements in its own article: the spelling most
// articles use, another article's wording of a quote, another article's figure. No vscode import.
import { FIGURE } from '../core/extract/numbers';
import { FRAME_SUBJECT } from '../core/match/frames';
import type { Conflict, Occurrence } from '../core/types';
import type { Label } from './messages';
import { wordingChangesFrom } from './wordings';

export interface Fix {
  readonly title: string;
  /** Offsets into the occurrence's article. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly preferred: boolean;
}

// The engine's own pattern, so a fix replaces exactly the figure the engine read. Not global: no
// shared lastIndex with the extractor.
const FIGURE_ONCE = new RegExp(FIGURE.source, FIGURE.flags.replace('g', ''));

/** Where the figure itself is inside a claim's text ("nine" in "nine deaths", "73" in "73-year-old"). */
export function figureIn(text: string): { start: number; end: number; text: string } | undefined {
  const m = FIGURE_ONCE.exec(text);
  if (!m) return undefined;
  const [whole, , , , separator = '', unit = '', old = ''] = m;
  let end = m.index + whole.length - separator.length - unit.length - old.length;
  if (text[end] === '%') end++;
  return { start: m.index, end, text: text.slice(m.index, end) };
}

const plural = (n: number) => `${n} article${n === 1 ? '' : 's'}`;

export function fixesFor(c: Conflict, o: Occurrence, label: Label): Fix[] {
  if (c.rule === 'quote-speaker') return []; // same words: there is no wording to take
  if (c.kind === 'person') return spellingFix(c, o);
  if (c.kind === 'quote') return wordingFixes(c, o, label);
  if (c.subject === 'date') return dateFixes(c, o, label);
  return c.subject !== undefined && FRAME_SUBJECT.test(c.subject) ? wholeFigureFixes(c, o, label) : figureFixes(c, o, label);
}

const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const YEAR = /\b\d{4}\b/;
const DAY = /\b\d{1,2}(?:st|nd|rd|th)?\b/;

/**
 * A date is replaced whole: swapping only the figure would turn "Oct. 30" into "Oct. 2" when the other
 * article wrote "Nov. 2". Offered only for a date of the same shape ("in April" takes no day, "on
 * Oct. 30" takes one) that keeps any year, and never between a weekday and a date.
 */
function dateFixes(c: Conflict, o: Occurrence, label: Label): Fix[] {
  if (WEEKDAY.test(o.text)) return [];
  const seen = new Set<string>([o.text.toLowerCase()]);
  const out: Fix[] = [];
  for (const x of c.occurrences) {
    if (seen.has(x.text.toLowerCase()) || WEEKDAY.test(x.text)) continue;
    seen.add(x.text.toLowerCase());
    if ((YEAR.test(o.text) && !YEAR.test(x.text)) || DAY.test(o.text) !== DAY.test(x.text)) continue;
    out.push({ title: `Use the date from ${label(x.path)} ('${x.text}')`, start: o.start, end: o.end, text: x.text, preferred: false });
  }
  return out;
}

function spellingFix(c: Conflict, o: Occurrence): Fix[] {
  if (!c.subject || !o.rule) return []; // the canonical spelling itself needs no fix
  // A family name is fixed in this person's own name ("Ann Rossen" -> "Ann Rosen"); a surname said alone with the surname alone.
  const target = c.rule === 'name-family' ? o.text.replace(/\S+$/, c.subject) : o.text.includes(' ') ? c.subject : c.subject.split(/\s+/).pop()!;
  if (target === o.text) return [];
  if (c.rule === 'name-family') {
    const others = c.occurrences.filter((x) => !x.rule).length;
    return [{ title: `Use '${target}' (the family name as written ${others} times here)`, start: o.start, end: o.end, text: target, preferred: true }];
  }
  const articles = new Set(c.occurrences.filter((x) => x.text === c.subject).map((x) => x.path)).size;
  return [{ title: `Use '${target}' (as in ${plural(articles)})`, start: o.start, end: o.end, text: target, preferred: o.rule === 'name-typo' || o.rule === 'name-case' }];
}

/** One fix per other wording that disagrees with this one, named after the first article using it. */
function wordingFixes(c: Conflict, o: Occurrence, label: Label): Fix[] {
  const changesTo = wordingChangesFrom(o.text);
  const seen = new Set<string>([o.text]);
  const out: Fix[] = [];
  for (const x of c.occurrences) {
    if (seen.has(x.text)) continue;
    seen.add(x.text);
    if (!changesTo(x.text)) continue;
    out.push({ title: `Use the wording from ${label(x.path)}`, start: o.start, end: o.end, text: x.text, preferred: false });
  }
  return out;
}

/**
 * A time, a distance, a multiplier or an ordinal is replaced whole, unit and all: "4:20 a.m." becomes
 * "4:30 a.m." and "3.9 million miles" becomes "3.7 million miles", never a digit of one inside the other.
 */
function wholeFigureFixes(c: Conflict, o: Occurrence, label: Label): Fix[] {
  const seen = new Set<string>([o.text.toLowerCase()]);
  const out: Fix[] = [];
  for (const x of c.occurrences) {
    if (seen.has(x.text.toLowerCase())) continue;
    seen.add(x.text.toLowerCase());
    const text = /^\p{Lu}/u.test(o.text) ? x.text[0].toUpperCase() + x.text.slice(1) : x.text[0].toLowerCase() + x.text.slice(1);
    out.push({ title: `Use the figure from ${label(x.path)} ('${x.text}')`, start: o.start, end: o.end, text, preferred: false });
  }
  return out;
}

/** Only the figure is replaced, so "nine deaths" becomes "seven deaths", not "killed seven people". */
function figureFixes(c: Conflict, o: Occurrence, label: Label): Fix[] {
  const mine = figureIn(o.text);
  if (!mine) return [];
  const seen = new Set<string>([mine.text.toLowerCase()]);
  const out: Fix[] = [];
  for (const x of c.occurrences) {
    const theirs = figureIn(x.text);
    if (!theirs || seen.has(theirs.text.toLowerCase())) continue;
    seen.add(theirs.text.toLowerCase());
    // "Nine deaths" at the start of a sentence becomes "Seven deaths".
    const text = /^\p{Lu}/u.test(mine.text) ? theirs.text[0].toUpperCase() + theirs.text.slice(1) : theirs.text.toLowerCase() === theirs.text ? theirs.text : theirs.text.toLowerCase();
    out.push({ title: `Use the figure from ${label(x.path)} ('${theirs.text}')`, start: o.start + mine.start, end: o.start + mine.end, text, preferred: false });
  }
  return out;
}
