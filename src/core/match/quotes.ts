// Lines up quotes across articles and reports one utterance rendered with different words, or the
// same words credited to different speakers. A shorter excerpt of the same words, an omission marked
// with an ellipsis, and spelling variants are agreement.
import { diffArrays } from 'diff';
import { compareNameWords } from '../names';
import { FUNCTION_WORDS } from '../model/lexicon';
import { GRAMMAR_WORDS, expandContraction, spellingKey } from '../model/wordForms';
import { fold } from '../text';
import type { Conflict, Quote } from '../types';
import { byPlace, occurrence } from './occurrences';
import { IntList, partnerIndex } from './quotePairs';
import { sequenceSupport } from './quoteSequences';
import { rewordedCandidates } from './rewordedQuotes';
import { mayBeOneSpeaker } from './speakers';

const ELLIPSIS = '…';
/** Marks a word an editor inserted in square brackets: it may stand for the same word in parentheses, or for nothing. */
const EDITORIAL = '\uE000';
/** Joins a word's canonical form to its spelling as written when the two differ: "honor\uE001honour". */
const WRITTEN = '\uE001';
/** A word as compared: its canonical form, without an editor's mark. */
const plain = (w: string) => { const at = w.indexOf(WRITTEN); return (w[0] === EDITORIAL ? w.slice(1, at < 0 ? undefined : at) : at < 0 ? w : w.slice(0, at)); };
/** A word as the article writes it, for messages. */
const shown = (w: string) => { const at = w.indexOf(WRITTEN); return at < 0 ? plain(w) : w.slice(at + 1); };
const sameWord = (a: string, b: string) => plain(a) === plain(b);
/** A word the speaker said: neither an ellipsis nor an editor's insertion. */
const isSpoken = (w: string) => w !== ELLIPSIS && w[0] !== EDITORIAL;

/** Words of a quote as compared: folded, dashes and hyphens as spaces, an ellipsis as its own token. */
export function quoteWords(text: string): string[] {
  return fold(text)
    .replace(/\(sic\)/g, ' ')
    .replace(/\[([^\]]*)\]/g, (_, inside: string) => ` ${inside.split(/\s+/).filter(Boolean).map((w) => EDITORIAL + w).join(' ')} `)
    .replace(/\.\s*\.\s*\./g, ` ${ELLIPSIS} `)
    .replace(/…/g, ` ${ELLIPSIS} `)
    .replace(/[-–—/]/g, ' ')
    .replace(/%/g, ' percent ')
    .replace(/\bper cent\b/g, 'percent')
    .split(/[^\p{L}\p{N}'…\uE000]+/u)
    .map((w) => w.replace(/^'+|'+$/g, '').replace(/(?!^)\uE000/g, ''))
    .filter((w) => w && w !== EDITORIAL)
    .flatMap(canonical);
}

/** A word as compared: contractions spelled out, British spelling as American; an editor's mark kept on each word. */
function canonical(w: string): string[] {
  const mark = w[0] === EDITORIAL ? EDITORIAL : '';
  const word = mark ? w.slice(1) : w;
  const parts = expandContraction(word);
  // "'s" stands for "is" or "has", "'d" for "would" or "had": the auxiliary keeps what was written, so
  // that a comparison can tell "it's been" from "it is been".
  const contracted = parts.length === 2 && (word.endsWith("'s") || word.endsWith("'d"));
  return parts.map((x, k) => {
    if (contracted && k === 1) return mark + x + WRITTEN + word.slice(-2);
    const key = spellingKey(x);
    return mark + (key === x ? x : key + WRITTEN + x);
  });
}

export interface QuoteComparison {
  /** The two quotes render the same words (one may be an excerpt of the other). */
  readonly agree: boolean;
  /** Words that differ: [in a, in b] for each change. */
  readonly changes: readonly [string, string][];
  /** Words the two share, ellipses aside. */
  readonly shared: number;
}

type Part = { value: string[]; added?: boolean; removed?: boolean };

/** Longest run of words the two quotes share: [start in a, start in b, length]. */
function longestCommonRun(a: readonly string[], b: readonly string[]): [number, number, number] {
  let best: [number, number, number] = [0, 0, 0];
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (sameWord(a[i - 1], b[j - 1]) && a[i - 1] !== ELLIPSIS) {
        row[j] = prev[j - 1] + 1;
        if (row[j] > best[2]) best = [i - row[j], j - row[j], row[j]];
      }
    }
    prev = row;
  }
  return best;
}

const diff = (x: readonly string[], y: readonly string[]) => diffArrays(x as string[], y as string[], { comparator: sameWord }) as Part[];

/**
 * Word diff anchored on the longest shared run, then on the longest run of each side of it, down to
 * runs of two words, so a stray shared word cannot pull a long run out of line; shorter stretches go
 * to the diff library. Left of an anchor the words are aligned from the anchor outwards, so a
 * repeated word ("we ... we would") does not split an excerpt's leading words. Finding runs costs the
 * product of the two lengths each time: once `budget` (word pairs) is spent, the diff library takes
 * what is left, so two long quotes made of two-word runs cost a few passes, not one per run.
 */
function anchoredDiff(a: readonly string[], b: readonly string[], towardsEnd: boolean, budget: { pairs: number }): Part[] {
  const library = () => towardsEnd
    ? diff([...a].reverse(), [...b].reverse()).reverse().map((p) => ({ ...p, value: [...p.value].reverse() }))
    : diff(a, b);
  if (!a.length || !b.length || a.length * b.length > budget.pairs) return library();
  budget.pairs -= a.length * b.length;
  const [i, j, n] = longestCommonRun(a, b);
  if (n < 2) return library();
  return [
    ...anchoredDiff(a.slice(0, i), b.slice(0, j), true, budget),
    { value: a.slice(i, i + n) as string[] },
    ...anchoredDiff(a.slice(i + n), b.slice(j + n), false, budget),
  ];
}

/**
 * The aligned parts of two quotes, each change as one removal and one addition at most; the index of
 * the longest shared run among them, and its length.
 */
function alignedDiff(a: readonly string[], b: readonly string[], minRun: number): { parts: Part[]; anchor: number; run: number } {
  const [i, j, n] = longestCommonRun(a, b);
  // Without a run of `minRun` words (four, unless the caller found the pair another way) two quotes
  // are not compared at all: no need to align them.
  if (n < minRun) return { parts: [], anchor: -1, run: n };
  const parts: Part[] = [];
  let removed: string[] = [], added: string[] = [];
  const flush = () => {
    if (removed.length) parts.push({ value: removed, removed: true });
    if (added.length) parts.push({ value: added, added: true });
    removed = []; added = [];
  };
  const push = (p: Part) => {
    if (p.removed) removed.push(...p.value);
    else if (p.added) added.push(...p.value);
    else { flush(); parts.push(p); }
  };
  const budget = { pairs: 3 * a.length * b.length };
  anchoredDiff(a.slice(0, i), b.slice(0, j), true, budget).forEach(push);
  flush();
  const anchor = parts.length;
  parts.push({ value: a.slice(i, i + n) as string[] });
  anchoredDiff(a.slice(i + n), b.slice(j + n), false, budget).forEach(push);
  flush();
  return { parts, anchor, run: n };
}

/**
 * The first and last shared parts that still align with the anchor. Going outwards, a shared run
 * counts when, between the anchor and it, shared words are at least as many as words that differ
 * (each change counted by its longer side) and it is two words or more, when it is four words long
 * (what makes two quotes worth comparing at all), or when both quotes begin (or end) with it. Two statements that share a clause
 * also share a stray "I" or "her" on either side of it, past words where they part: those are where
 * the statements differ, not words one of them changed.
 */
function alignedRegion(parts: readonly Part[], anchor: number): [number, number] {
  const reach = (step: 1 | -1) => {
    let edge = anchor, shared = 0, differing = 0, removed = 0, added = 0;
    for (let k = anchor + step; k >= 0 && k < parts.length; k += step) {
      const p = parts[k];
      const spoken = p.value.filter((w) => w !== ELLIPSIS).length;
      if (p.removed) removed += spoken;
      else if (p.added) added += spoken;
      else {
        differing += Math.max(removed, added);
        removed = added = 0;
        shared += spoken;
        const outermost = k + step < 0 || k + step >= parts.length;
        if ((shared >= differing && spoken >= 2) || spoken >= 4 || outermost) edge = k;
      }
    }
    return edge;
  };
  return [reach(-1), reach(1)];
}

/** Compares two quotes; undefined when they are not renderings of one utterance at all. */
export function compareQuotes(a: readonly string[], b: readonly string[], minWords: number, minRun = 4): QuoteComparison | undefined {
  const wa = a.filter(isSpoken), wb = b.filter(isSpoken);
  if (wa.length < minWords || wb.length < minWords) return undefined;
  const { parts, anchor, run } = alignedDiff(a, b, minRun);
  if (run < minRun) return undefined;
  const common = parts.filter((p) => !p.added && !p.removed).reduce((n, p) => n + p.value.filter((w) => w !== ELLIPSIS).length, 0);
  const shorter = Math.min(wa.length, wb.length);
  // One utterance shares a run of words and most of the shorter rendering.
  if (common < minWords || common / shorter < 0.5) return undefined;
  // Words only before the first or after the last aligned word mean one quote is an excerpt.
  let [first, last] = alignedRegion(parts, anchor);
  // Both quotes begin (or end) with a word or two the other replaces, right against the aligned
  // words: one rendering changed the quote's first (or last) words, it is not a longer excerpt.
  const swapped = (x: Part | undefined, y: Part | undefined) => !!x?.removed && !!y?.added && isEdgeSwap(x.value, y.value);
  if (first === 2 && swapped(parts[0], parts[1])) first = -1;
  if (last === parts.length - 3 && swapped(parts[last + 1], parts[last + 2])) last = parts.length;
  const changes = changesBetween(parts, first, last);
  return { agree: changes.length === 0, changes, shared: common };
}

/** The changes among parts strictly between `first` and `last`, each as [in a, in b]; agreement of form left out. */
function changesBetween(parts: readonly Part[], first: number, last: number): [string, string][] {
  const changes: [string, string][] = [];
  for (let k = first + 1; k < last; k++) {
    const p = parts[k];
    if (!p.added && !p.removed) continue;
    // A removal and an addition side by side are one replacement.
    const pair = parts[k + 1] && (p.removed ? parts[k + 1].added : parts[k + 1].removed) && k + 1 < last;
    const removed = p.removed ? p.value : pair ? parts[k + 1].value : [];
    const added = p.added ? p.value : pair ? parts[k + 1].value : [];
    if (pair) k++;
    if (isEllipsisGap(removed, added) || isEditorialGap(removed, added) || isContraction(removed, added) || isSpellingVariant(removed.map(plain), added.map(plain)) || isInitialism(removed.map(plain), added.map(plain))) continue;
    // A contraction's auxiliary is shown as written, joined to its word again: "it's", not "it 's".
    const written = (ws: readonly string[]) => ws.map(shown).join(' ').replace(/ (?=')/g, '');
    changes.push([written(removed), written(added)]);
  }
  return changes;
}

/** A word that says what a quote is about: not a grammar word, four letters or more (as rewordedCandidates indexes). */
const isContent = (w: string) => { const p = plain(w); return p.length >= 4 && !FUNCTION_WORDS.has(p) && isSpoken(w); };

export interface FramedComparison extends QuoteComparison {
  /** Every content word of the shorter rendering is among the words the two share. */
  readonly complete: boolean;
}

/**
 * Compares the shorter of two renderings as a whole remark inside the longer one: both its first and
 * its last word line up with the other's words, and between them the words the two share are at
 * least as many as the words that differ. Any change in that stretch is a change of wording, not an
 * excerpt (the shorter rendering begins and ends where the words it shares do). Undefined when the
 * shorter one does not line up end to end, or shares no run of two words. Whether the two are one
 * remark at all (one speaker, one place in the story) is the caller's to check.
 */
export function compareFramed(a: readonly string[], b: readonly string[]): FramedComparison | undefined {
  const la = a.filter(isSpoken).length, lb = b.filter(isSpoken).length;
  const shortIsA = la <= lb;
  const { parts, run } = alignedDiff(a, b, 2);
  if (run < 2) return undefined;
  const own = (p: Part) => (shortIsA ? p.removed : p.added);
  const shared = (p: Part) => !p.added && !p.removed;
  const first = parts.findIndex(shared);
  let last = parts.length - 1;
  while (last >= 0 && !shared(parts[last])) last--;
  // The shorter rendering's words outside the shared stretch: only an ellipsis or an editor's words may be there.
  const outside = [...parts.slice(0, first), ...parts.slice(last + 1)].filter(own).flatMap((p) => p.value);
  if (outside.some(isSpoken)) return undefined;
  let common = 0, differing = 0, removed = 0, added = 0;
  for (let k = first; k <= last; k++) {
    const p = parts[k], spoken = p.value.filter(isSpoken).length;
    if (p.removed) removed += spoken;
    else if (p.added) added += spoken;
    else { differing += Math.max(removed, added); removed = added = 0; common += spoken; }
  }
  if (common < differing) return undefined;
  const sharedWords = new Set(parts.slice(first, last + 1).filter(shared).flatMap((p) => p.value.map(plain)));
  const complete = (shortIsA ? a : b).filter(isContent).every((w) => sharedWords.has(plain(w)));
  const changes = changesBetween(parts, first, last);
  return { agree: changes.length === 0, changes, shared: common, complete };
}

/**
 * A contracted "'s" or "'d" against the other auxiliary it may stand for ("it's been" / "it has
 * been", "he'd gone" / "he had gone"), or a noun's "'s" against "is" or "has" ("the tide's rising" /
 * "the tide is rising").
 */
function isContraction(removed: readonly string[], added: readonly string[]): boolean {
  const writtenAs = (w: string) => { const at = w.indexOf(WRITTEN); return at < 0 ? undefined : w.slice(at + 1); };
  const stands = (x: readonly string[], y: readonly string[]) => {
    if (x.length === 1 && y.length === 1) {
      const [a, b] = [plain(x[0]), plain(y[0])];
      return (writtenAs(x[0]) === "'s" && a === 'is' && b === 'has') || (writtenAs(x[0]) === "'d" && a === 'would' && b === 'had');
    }
    return x.length === 1 && y.length === 2 && plain(x[0]) === `${plain(y[0])}'s` && (plain(y[1]) === 'is' || plain(y[1]) === 'has');
  };
  return stands(removed, added) || stands(added, removed);
}

/** A word or two against a word or two, none of them an ellipsis nor an editor's insertion. */
function isEdgeSwap(removed: readonly string[], added: readonly string[]): boolean {
  const fits = (ws: readonly string[]) => ws.length >= 1 && ws.length <= 2 && ws.every(isSpoken);
  return fits(removed) && fits(added);
}

/** Only words an editor inserted in square brackets, against nothing: "[to the shelter]". */
function isEditorialGap(removed: readonly string[], added: readonly string[]): boolean {
  const editorial = (ws: readonly string[]) => ws.every((w) => w[0] === EDITORIAL);
  return (removed.length === 0 && editorial(added)) || (added.length === 0 && editorial(removed));
}

/** One side marks an omission with an ellipsis where the other has words (or nothing). */
function isEllipsisGap(removed: readonly string[], added: readonly string[]): boolean {
  const only = (ws: readonly string[]) => ws.length > 0 && ws.every((w) => w === ELLIPSIS);
  return only(removed) || only(added);
}

/** One side spells out what the other abbreviates by initials: "U.S." (words "u s") or "UN" against "United Nations". */
function isInitialism(removed: readonly string[], added: readonly string[]): boolean {
  const spells = (short: readonly string[], long: readonly string[]) =>
    long.length >= 2 && short.join('') === long.map((w) => w[0]).join('') && (short.length === 1 || short.every((w) => w.length === 1));
  return spells(removed, added) || spells(added, removed);
}

/**
 * Each word a misspelling or another transliteration of the other. Two different grammar words
 * ("this" / "these", "were" / "where", "then" / "than") are a changed word, however close in letters.
 */
function isSpellingVariant(removed: readonly string[], added: readonly string[]): boolean {
  if (removed.length !== added.length || removed.length === 0) return false;
  return removed.every((w, i) => {
    if (w !== added[i] && (GRAMMAR_WORDS.has(w) || GRAMMAR_WORDS.has(added[i]))) return false;
    const v = compareNameWords(w, added[i]);
    return v === 'typo' || v === 'transliteration' || v === 'case' || v === 'same';
  });
}

/** Fewer words than this, even with a speaker and a place in the story, are a stock phrase. */
const MIN_FRAMED_WORDS = 3;

/** Share of the longer rendering's words that two renderings without a four-word run must have in common. */
const REWORDED_SHARE = 0.6;

/**
 * Compares two quotes that share no run of four words as one remark reworded (translated twice):
 * undefined unless most of the longer one's words line up. Whether one speaker said both is the
 * caller's to check.
 */
export function compareReworded(a: readonly string[], b: readonly string[], minWords: number): QuoteComparison | undefined {
  const cmp = compareQuotes(a, b, minWords, 2);
  return cmp && mostWordsLineUp(cmp, a, b) ? cmp : undefined;
}

/** Whether the words two renderings share are most of the longer one's: what makes a reworded pair one remark. */
function mostWordsLineUp(cmp: QuoteComparison, a: readonly string[], b: readonly string[]): boolean {
  return cmp.shared >= REWORDED_SHARE * Math.max(a.filter(isSpoken).length, b.filter(isSpoken).length);
}

/** Resolves who a quote is credited to: a person's key, a phrase's key (see phraseSpeaker), or undefined when unknown. */
export type SpeakerKey = (quote: Quote) => string | undefined;

/** Every run of four words: two renderings of one utterance share at least one. */
function shingles(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 4 <= words.length; i++) out.add(words.slice(i, i + 4).map(plain).join(' '));
  return out;
}

/**
 * Quotes with the same words (one statement carried by many wire stories) compare alike, so they are
 * grouped into renderings; renderings that may be one utterance are found through an index of their
 * four-word runs, and each such pair is compared once, never every quote with every other: a
 * statement repeated by a thousand articles, or an article with thousands of stray quote marks, must
 * not cost a million word diffs.
 */
function renderings(quotes: readonly Quote[]) {
  const ids = new Map<string, number>();
  const words: string[][] = [];
  const members: number[][] = [];
  const of = quotes.map((q, i) => {
    const w = quoteWords(q.text);
    const key = w.join(' ');
    let r = ids.get(key);
    if (r === undefined) { r = words.length; ids.set(key, r); words.push(w); members.push([]); }
    members[r].push(i);
    return r;
  });
  const byRun = new Map<string, number[]>();
  words.forEach((w, r) => { for (const run of shingles(w)) { const list = byRun.get(run); if (list) list.push(r); else byRun.set(run, [r]); } });
  // Two renderings whose quotes all come from one article yield no conflict (those are between
  // articles), so they are never paired: a long article's own quotes that share a phrase cost nothing.
  const onlyPath = members.map((m) => (m.every((i) => quotes[i].path === quotes[m[0]].path) ? quotes[m[0]].path : undefined));
  const near = words.map(() => new Set<number>());
  for (const list of byRun.values()) {
    const byPath = new Map<string | undefined, number[]>();
    for (const r of list) { const l = byPath.get(onlyPath[r]); if (l) l.push(r); else byPath.set(onlyPath[r], [r]); }
    for (const r of list) {
      for (const [path, others] of byPath) if (path === undefined || path !== onlyPath[r]) for (const s of others) near[r].add(s);
    }
  }
  // Whether two renderings share a run of four words: `near` says so, except for two renderings of
  // one article only, which it leaves out; those are checked on demand, for the few pairs that ask.
  const runs = new Map<number, Set<string>>();
  const runsOf = (r: number) => { let set = runs.get(r); if (!set) runs.set(r, (set = shingles(words[r]))); return set; };
  const isNear = (r: number, s: number) => near[r].has(s) ||
    (onlyPath[r] !== undefined && onlyPath[r] === onlyPath[s] && [...runsOf(r)].some((run) => runsOf(s).has(run)));
  return { of, words, members, near, isNear };
}

/**
 * `speakerKey` resolves who is credited next to a quote (or by a pronoun); `reportedKey` who its
 * sentence says was speaking when nobody is (Quote.reportedBy), used only as evidence that two
 * renderings are one remark, never to claim who said what.
 */
export function quoteConflicts(
  quotes: readonly Quote[], minWords: number, speakerKey: SpeakerKey, describe: (key: string) => string,
  reportedKey: SpeakerKey = () => undefined,
): Conflict[] {
  const { of, words, members, near, isNear } = renderings(quotes);
  const compared = new Map<number, QuoteComparison | undefined>();
  const compare = (r: number, s: number) => {
    const k = r * words.length + s;
    if (!compared.has(k)) compared.set(k, compareQuotes(words[r], words[s], minWords, isNear(r, s) ? 4 : 2));
    return compared.get(k);
  };
  const speakers = quotes.map((q) => (q.speakerByPronoun ? undefined : speakerKey(q)));
  // Two people the clustering keeps apart whose names differ only in spacing ("Ana DeSouza" / "Ana De
  // Souza") are one speaker: one name can be written both ways, two people's names rarely are.
  const spacing = new Map<string, string>();
  const nameKey = (k: string) => { let v = spacing.get(k); if (v === undefined) spacing.set(k, (v = fold(describe(k)).replace(/[-'’\s.]/g, ''))); return v; };
  const samePerson = (a: string | undefined, b: string | undefined) =>
    !!a && !!b && a.startsWith('person:') && b.startsWith('person:') && (a === b || nameKey(a) === nameKey(b));
  // By speaker, then by the other speaker: asked once per pair of quotes, so no key is built per call.
  const credited = new Map<string, Map<string, string>>();
  const creditedWhy = (si: string, sj: string) => {
    let to = credited.get(si);
    if (!to) credited.set(si, (to = new Map()));
    let why = to.get(sj);
    if (why === undefined) to.set(sj, (why = `credited to ${describe(si)} and to ${describe(sj)}`));
    return why;
  };
  // Quotes ordered by place once, as ranks (equal places share one), and articles as numbers: the
  // pairs below are as many as the articles carrying one statement squared, so each must cost a
  // comparison of numbers, not of paths.
  const rank = placeRanks(quotes);
  const pathIds = new Map<string, number>();
  const pathOf = quotes.map((q) => { let k = pathIds.get(q.path); if (k === undefined) pathIds.set(q.path, (k = pathIds.size)); return k; });
  // Every pair of quotes that are one utterance, as two lists of 32-bit numbers (an object each would
  // cost more than finding them, in time and memory); `whyOf` says how the pairs that disagree do.
  const pairI = new IntList(), pairJ = new IntList();
  const whyOf = new Map<number, string>();
  const pair = (i: number, j: number, why: string | undefined) => { if (why !== undefined) whyOf.set(pairI.length, why); pairI.push(i); pairJ.push(j); };
  const wordingWhy = new Map<QuoteComparison, string>();
  const wording = (cmp: QuoteComparison) => {
    let why = wordingWhy.get(cmp);
    if (why === undefined) { const [x, y] = cmp.changes[0]; wordingWhy.set(cmp, (why = `"${x || '—'}" vs "${y || '—'}"`)); }
    return why;
  };
  for (let i = 0; i < quotes.length; i++) {
    for (const s of near[of[i]]) {
      // Each pair is read from its earlier quote: compared only when there is a later one to pair with.
      if (!members[s].some((j) => j > i && pathOf[i] !== pathOf[j])) continue;
      const cmp = compare(of[i], s);
      if (!cmp) continue;
      for (const j of members[s]) {
        if (j <= i || pathOf[i] === pathOf[j]) continue;
        // Each pair reads from the quote that comes first by place, not by load order, so that the
        // message is the same whatever order the articles were loaded in.
        const inOrder = rank[i] <= rank[j];
        if (!cmp.agree) { pair(i, j, wording(inOrder ? cmp : compare(s, of[i]) ?? cmp)); continue; }
        const si = speakers[i], sj = speakers[j];
        pair(i, j, si && sj && !mayBeOneSpeaker(si, sj) && !samePerson(si, sj) ? (inOrder ? creditedWhy(si, sj) : creditedWhy(sj, si)) : undefined);
      }
    }
  }
  // Renderings without a shared run of four words: one remark when the same person is credited on
  // both sides and most of the longer rendering's words line up with the other's.
  const candidates = rewordedCandidates(words, plain).filter(([r, t]) => !isNear(r, t));
  const unlinked: [number, number][] = [];
  for (const [r, t] of candidates) {
    const cmp = compare(r, t);
    let linked = false;
    if (cmp && !cmp.agree && mostWordsLineUp(cmp, words[r], words[t])) {
      for (const i of members[r]) {
        for (const j of members[t]) {
          // A named person on both sides: two officials, or two statements by a ministry, may be anyone.
          if (pathOf[i] === pathOf[j] || !samePerson(speakers[i], speakers[j])) continue;
          pair(Math.min(i, j), Math.max(i, j), wording(rank[i] <= rank[j] ? cmp : compare(t, r) ?? cmp));
          linked = true;
        }
      }
    }
    if (linked) { near[r].add(t); near[t].add(r); } else unlinked.push([r, t]);
  }
  // Renderings still apart that one speaker's story may hold as one remark: the shorter one lines
  // up end to end inside the longer one, the same person is credited on both sides (named next to
  // the quote on one side at least), and either every content word of the shorter one is shared or
  // the two stand at the same place in that speaker's sequence of remarks (next to one remark the
  // two articles already share, with no other remark of that speaker between). A quote shorter than
  // `minWords` is compared only so, never on its words alone.
  const likely = quotes.map((q) => speakerKey(q) ?? reportedKey(q));
  // The pairs found so far are the anchors (a view of the lists as they are now).
  const inSequence = sequenceSupport(quotes, pairI.view(), pairJ.view(), likely);
  for (const [r, t] of unlinked) {
    const framed = compareFramed(words[r], words[t]);
    if (!framed || framed.agree || Math.min(words[r].filter(isSpoken).length, words[t].filter(isSpoken).length) < MIN_FRAMED_WORDS) continue;
    let linked = false;
    for (const i of members[r]) {
      for (const j of members[t]) {
        const who = likely[i];
        if (pathOf[i] === pathOf[j] || !samePerson(who, likely[j]) || (!speakers[i] && !speakers[j])) continue;
        if (!framed.complete && !inSequence(i, j)) continue;
        const [x, y] = rank[i] <= rank[j] ? framed.changes[0] : [framed.changes[0][1], framed.changes[0][0]];
        pair(Math.min(i, j), Math.max(i, j), `"${x || '—'}" vs "${y || '—'}"`);
        linked = true;
      }
    }
    if (linked) { near[r].add(t); near[t].add(r); }
  }
  // A long quote that another article splits into two quotes (two statements that share no run of
  // words) joins the group of each, rather than making the two statements one group: a quote is such
  // a hub when two of its partners in one article are not near each other.
  const { start, partners } = partnerIndex(quotes.length, pairI.view(), pairJ.view());
  const hub = new Uint8Array(quotes.length);
  // Per article, the quote's first partner there; the rare article with more gets a list.
  const seenIn = new Int32Array(pathIds.size).fill(-1), firstIn = new Int32Array(pathIds.size);
  for (let x = 0; x < quotes.length; x++) {
    let more: Map<number, number[]> | undefined;
    for (let k = start[x]; k < start[x + 1]; k++) {
      const y = partners[k], p = pathOf[y];
      if (seenIn[p] !== x) { seenIn[p] = x; firstIn[p] = y; continue; }
      let earlier = (more ??= new Map<number, number[]>()).get(p);
      if (!earlier) more.set(p, (earlier = [firstIn[p]]));
      if (earlier.some((z) => !isNear(of[z], of[y]))) { hub[x] = 1; break; }
      earlier.push(y);
    }
  }
  const parent = quotes.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let k = 0; k < pairI.length; k++) { const i = pairI.at(k), j = pairJ.at(k); if (!hub[i] && !hub[j]) parent[find(i)] = find(j); }
  const edges: { i: number; j: number; why: string; group: number }[] = [];
  // In the order the pairs were found, as the map was filled (the sort below is stable).
  for (const [k, why] of whyOf) {
    const i = pairI.at(k), j = pairJ.at(k);
    edges.push({ i, j, why, group: hub[i] ? find(j) : find(i) });
  }
  // By place: the first edge of a group names the conflict, and must not depend on load order.
  const ends = (e: { i: number; j: number }) => (rank[e.i] <= rank[e.j] ? [rank[e.i], rank[e.j]] : [rank[e.j], rank[e.i]]);
  edges.sort((a, b) => { const [a1, a2] = ends(a), [b1, b2] = ends(b); return a1 - b1 || a2 - b2; });
  const byGroup = new Map<number, typeof edges>();
  for (const e of edges) {
    const g = e.group;
    const list = byGroup.get(g);
    if (list) list.push(e); else byGroup.set(g, [e]);
  }
  const out: Conflict[] = [];
  for (const group of byGroup.values()) {
    const members = [...new Set(group.flatMap((e) => [e.i, e.j]))].map((k) => quotes[k]).sort(byPlace);
    const speakers = [...new Set(members.map(speakerKey).filter((s): s is string => !!s))];
    const wording = group.find((e) => !e.why.startsWith('credited'));
    const who = speakers.length === 1 ? describe(speakers[0]) : undefined;
    const lead = wording ? `${who ? `${who} quoted differently` : 'Quoted differently'}: ${wording.why}` : `Same words ${group[0].why}`;
    out.push({
      kind: 'quote',
      rule: wording ? 'quote-wording' : 'quote-speaker',
      severity: 'warning',
      subject: who,
      message: `${lead}${group.length > 1 ? ` (+${group.length - 1} more)` : ''}`,
      occurrences: members.map((q) => {
        const key = speakerKey(q);
        const speaker = key ? describe(key) : q.speaker;
        return speaker ? { ...occurrence(q), speaker } : occurrence(q);
      }),
    });
  }
  return out;
}

/** Each quote's place in the order of byPlace, quotes at one place sharing a rank: comparing ranks is comparing places. */
function placeRanks(quotes: readonly Quote[]): Int32Array {
  const order = quotes.map((_, i) => i).sort((a, b) => byPlace(quotes[a], quotes[b]));
  const rank = new Int32Array(quotes.length);
  order.forEach((q, k) => { rank[q] = k > 0 && byPlace(quotes[order[k - 1]], quotes[q]) === 0 ? rank[order[k - 1]] : k; });
  return rank;
}
