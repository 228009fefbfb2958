// Groups mentions into people across articles and reports names written in ways that cannot all be
// right. Surname-only mentions join the one full name they fit; people who share a surname stay
// apart when their given names differ.
import damerauLevenshtein from 'talisman/metrics/damerau-levenshtein';
import { compareNameWords, deletionKeys, givenNamesCompatible, surnameKey, Variation } from '../names';
import { fold } from '../text';
import type { Conflict, PersonMention, RuleId, Severity } from '../types';
import { RELATIONS } from '../extract/people';
import { TITLE_WORDS } from '../model/lexicon';
import { byPlace, occurrence } from './occurrences';

export interface PersonCluster {
  readonly full: PersonMention[];
  readonly partial: PersonMention[];
  /** Mentions by a word that is not this person's surname but a slip on their middle name ("Edwards" for "Stephen Edward Johnson"). */
  readonly misnamed: PersonMention[];
}

const surnameOf = (m: PersonMention) => m.tokens[m.tokens.length - 1];
const givenOf = (m: PersonMention) => m.tokens[0];

/** How a surname alone may differ from the full name it refers to in its own article ("Semintelli" after "Fabio Sementilli"). */
const NEAR = new Set<Variation>(['typo', 'transliteration']);

export function clusterPeople(mentions: readonly PersonMention[]): PersonCluster[] {
  const fullNames = mentions.filter((m) => m.tokens.length >= 2);
  const supported = new Set(fullNames.filter((m) => m.evidence).map((m) => surnameKey(surnameOf(m))));
  // A full name without evidence of its own counts when a person with that surname is evidenced elsewhere.
  const accepted = fullNames.filter((m) => m.evidence || supported.has(surnameKey(surnameOf(m))));
  // Union-find, so that a typo joins its person through the spelling it is closest to. Whether two
  // mentions are one person depends only on their given name and surname, so each spelling is one
  // node; and two spellings can only be one person when they share a surname key or a given name,
  // so only spellings in one of those blocks are compared.
  const nodeOf: number[] = [];
  const nodeRep: PersonMention[] = [];
  const spellings = new Map<string, number>();
  for (const m of accepted) {
    const key = `${givenOf(m)}\u0000${surnameOf(m)}`;
    let n = spellings.get(key);
    // A spelling that is not the same person as itself ("Al Roe": too short a given name) stays one node per mention.
    if (n === undefined || !samePerson(m, m)) { n = nodeRep.length; nodeRep.push(m); if (!spellings.has(key)) spellings.set(key, n); }
    nodeOf.push(n);
  }
  const parent = nodeRep.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const blocks = new Map<string, number[]>();
  const block = (key: string, n: number) => { const list = blocks.get(key); if (list) list.push(n); else blocks.set(key, [n]); };
  nodeRep.forEach((m, n) => { block(`s:${surnameKey(surnameOf(m))}`, n); block(`g:${fold(givenOf(m))}`, n); });
  for (const list of blocks.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x], j = list[y];
        if (find(i) !== find(j) && samePerson(nodeRep[i], nodeRep[j])) parent[find(i)] = find(j);
      }
    }
  }
  const roots = new Map<number, PersonCluster>();
  accepted.forEach((m, i) => {
    const r = find(nodeOf[i]);
    if (!roots.has(r)) roots.set(r, { full: [], partial: [], misnamed: [] });
    roots.get(r)!.full.push(m);
  });
  const clusters = joinByContext([...roots.values()]);
  // Indexes for placing surname-only mentions: by surname key, by given name, and per article.
  const bySurname = new Map<string, Set<number>>();
  const byGiven = new Map<string, Set<number>>();
  const byPath = new Map<string, Map<string, Set<number>>>();
  const middles = new Map<string, { middle: string; ci: number }[]>();
  const add = <K>(map: Map<K, Set<number>>, key: K, c: number) => { const set = map.get(key); if (set) set.add(c); else map.set(key, new Set([c])); };
  clusters.forEach((c, ci) => {
    for (const o of c.full) {
      add(bySurname, surnameKey(surnameOf(o)), ci);
      add(byGiven, fold(givenOf(o)), ci);
      if (!byPath.has(o.path)) byPath.set(o.path, new Map());
      add(byPath.get(o.path)!, surnameOf(o), ci);
      for (const middle of o.tokens.slice(1, -1)) (middles.get(o.path) ?? middles.set(o.path, []).get(o.path)!).push({ middle, ci });
    }
  });
  const relatives: PersonMention[] = [];
  // How often each word is written as a surname or alone in all articles, and, per article, which
  // people its surname mentions (full or alone) stand for: a spelling written once is matched against them.
  const written = new Map<string, number>();
  for (const m of mentions) written.set(surnameOf(m), (written.get(surnameOf(m)) ?? 0) + 1);
  const articleSurnames = new Map<string, Map<string, { count: number; clusters: Set<number> }>>();
  const frequentByPath = new Map<string, Map<string, string[]>>();
  const note = (m: PersonMention, ci: number | undefined) => {
    const own = articleSurnames.get(m.path) ?? articleSurnames.set(m.path, new Map()).get(m.path)!;
    const e = own.get(surnameOf(m)) ?? own.set(surnameOf(m), { count: 0, clusters: new Set() }).get(surnameOf(m))!;
    e.count++;
    if (ci !== undefined) e.clusters.add(ci);
  };
  clusters.forEach((c, ci) => c.full.forEach((m) => note(m, ci)));
  for (const m of mentions) if (m.tokens.length === 1) { const cs = bySurname.get(surnameKey(m.tokens[0])); note(m, cs && cs.size === 1 ? [...cs][0] : undefined); }
  // A long article writes one surname many times: its near spellings are looked for once per article.
  const typosOf = new Map<string, number[]>();
  for (const m of mentions.filter((x) => x.tokens.length === 1)) {
    const word = m.tokens[0];
    // Exact surname first; a near spelling only when no cluster has it exactly.
    let fits = [...(bySurname.get(surnameKey(word)) ?? [])];
    // A word that is also vocabulary ("Bars") stands for a surname only as written.
    if (fits.length === 0 && !m.vocabulary) {
      const key = `${m.path}\u0000${word}`;
      let typos = typosOf.get(key);
      if (!typos) {
        const near = new Set<number>();
        // Only against the surnames of its own article: across articles a near spelling may be someone else.
        for (const [surname, set] of byPath.get(m.path) ?? []) if (NEAR.has(compareNameWords(surname, word))) for (const ci of set) near.add(ci);
        typosOf.set(key, (typos = [...near]));
      }
      fits = byRole([...typos], m, clusters);
    }
    if (fits.length === 0 && !m.vocabulary) fits = oddSpelling(m, written, articleSurnames, frequentByPath);
    if (fits.length === 0 && !m.vocabulary) fits = [...(byGiven.get(fold(word)) ?? [])];
    if (fits.length === 1) clusters[fits[0]].partial.push(m);
    else if (fits.length === 0 && m.title && RELATIONS.has(m.title) && !m.vocabulary) relatives.push(m);
    else if (fits.length === 0 && m.evidence && !m.title) {
      const slips = new Set((middles.get(m.path) ?? []).filter((x) => slipOnMiddleName(x.middle, word)).map((x) => x.ci));
      if (slips.size === 1) clusters[[...slips][0]].misnamed.push(m);
    }
  }
  return [...clusters, ...relativesByName(relatives)];
}

/** Shorter surnames are a letter apart from other names too often ("Hale" / "Hall"). */
const ODD_MIN_LENGTH = 5;
/** How often an article must write the other spelling for a once-written one to be its slip. */
const ODD_AGAINST = 3;

/**
 * A surname written alone once in all the articles, one letter from a spelling its own article writes
 * at least three times for one person ("Brenan said" among "Brennan" throughout, the full name
 * perhaps only in another article): a slip, since a story introduces the people it names.
 */
function oddSpelling(m: PersonMention, written: ReadonlyMap<string, number>, articleSurnames: ReadonlyMap<string, ReadonlyMap<string, { count: number; clusters: Set<number> }>>,
  frequent: Map<string, Map<string, string[]>>): number[] {
  const word = m.tokens[0];
  if (written.get(word) !== 1 || fold(word).length < ODD_MIN_LENGTH) return [];
  const own = articleSurnames.get(m.path);
  if (!own) return [];
  // The article's frequent spellings by their one-deletion keys, built once per article.
  let index = frequent.get(m.path);
  if (!index) {
    frequent.set(m.path, (index = new Map()));
    for (const [surname, e] of own) {
      if (e.count < ODD_AGAINST || e.clusters.size !== 1 || fold(surname).length < ODD_MIN_LENGTH) continue;
      for (const k of deletionKeys(fold(surname))) (index.get(k) ?? index.set(k, []).get(k)!).push(surname);
    }
  }
  const near = new Set<number>();
  for (const surname of new Set(deletionKeys(fold(word)).flatMap((k) => index!.get(k) ?? []))) {
    if (damerauLevenshtein(fold(surname), fold(word)) === 1 && NEAR.has(compareNameWords(surname, word))) for (const ci of own.get(surname)!.clusters) near.add(ci);
  }
  return near.size === 1 ? [...near] : [];
}

/**
 * Relatives known only by relation and a given name ("his daughter, Elena" / "his daughter, Yelena"):
 * in different articles, one relation and two near spellings of the name are one person. Blocked by
 * the relation, so only the few relatives of one kind are compared.
 */
function relativesByName(relatives: readonly PersonMention[]): PersonCluster[] {
  const byRelation = new Map<string, PersonMention[]>();
  for (const m of relatives) (byRelation.get(m.title!) ?? byRelation.set(m.title!, []).get(m.title!)!).push(m);
  const out: PersonCluster[] = [];
  for (const list of byRelation.values()) {
    const words = [...new Set(list.map((m) => m.tokens[0]))];
    if (words.length !== 2) continue; // one spelling agrees with itself; three are more likely several relatives
    const [a, b] = words.map((w) => list.filter((m) => m.tokens[0] === w));
    const apart = !a.some((x) => b.some((y) => x.path === y.path));
    if (apart && NEAR.has(compareNameWords(words[0], words[1]))) out.push({ full: [...a, ...b], partial: [], misnamed: [] });
  }
  return out;
}

/** Of several people a near spelling may stand for, the one its title or role names elsewhere ("the Canadian-born Semintelli"). */
function byRole(fits: number[], m: PersonMention, clusters: readonly PersonCluster[]): number[] {
  if (fits.length < 2 || !m.title) return fits;
  const same = fits.filter((ci) => clusters[ci].full.some((o) => o.title === m.title));
  return same.length === 1 ? same : fits;
}

// Title words that say nothing about which of two namesakes is meant.
const NOT_A_ROLE = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend',
  'father', 'sister', 'brother', 'former', 'first', 'senior', 'junior', 'acting', 'interim', 'executive', 'assistant', 'deputy',
  'vice', 'state', 'national', 'federal', 'city', 'county', 'district', 'house', 'white', 'department', 'ministry', 'the', 'of']);

/** The head word of a mention's title or appositive role when the lexicon knows it as a role ("chief" in "search chief"). */
export function roleHead(m: PersonMention): string | undefined {
  for (const phrase of [m.title, m.role]) {
    const head = (phrase ?? '').split(/\s+/).pop()!;
    if (TITLE_WORDS.has(head) && !NOT_A_ROLE.has(head)) return head;
  }
  return undefined;
}

interface Profile { readonly paths: Set<string>; readonly roles: Set<string>; readonly names: string[][] }

function profile(c: PersonCluster): Profile {
  const p: Profile = { paths: new Set(), roles: new Set(), names: [] };
  for (const m of c.full) {
    p.paths.add(m.path);
    // The role is the head word of the title or appositive ("search chief", not "Russian" in "Russian chief"), one the lexicon knows as a role.
    const head = roleHead(m);
    if (head) p.roles.add(head);
    p.names.push(m.tokens.map(fold));
  }
  return p;
}

/**
 * Joins people who share a surname and are printed with different given names when the text says
 * they are one. Only in articles that never name both (a son may carry his father's names), and only
 * when one name is the other without its first given name ("Maria Roe" for "Ann Maria Roe"), the two
 * differ in the first given name alone ("Ann Maria Roe" / "Eva Maria Roe"), or both are given one
 * role ("search chief"). Only people in one surname block are compared, so the cost follows the block sizes.
 */
function joinByContext(clusters: PersonCluster[]): PersonCluster[] {
  const profiles = clusters.map(profile);
  const parent = clusters.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const blocks = new Map<string, number[]>();
  clusters.forEach((c, i) => {
    for (const k of new Set(c.full.map((m) => surnameKey(surnameOf(m))))) (blocks.get(k) ?? blocks.set(k, []).get(k)!).push(i);
  });
  for (const list of blocks.values()) {
    if (list.length < 2) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = profiles[list[x]], b = profiles[list[y]];
        const apart = ![...a.paths].some((p) => b.paths.has(p));
        const shares = (s: Set<string>, t: Set<string>) => [...s].some((w) => t.has(w));
        if (apart && (dropsFirstGiven(a, b) || onlyFirstGivenDiffers(a, b) || shares(a.roles, b.roles))) parent[find(list[x])] = find(list[y]);
      }
    }
  }
  const groups = new Map<number, number[]>();
  clusters.forEach((_, i) => (groups.get(find(i)) ?? groups.set(find(i), []).get(find(i))!).push(i));
  return [...groups.values()].map((members) => members.length === 1 ? clusters[members[0]] : {
    full: members.flatMap((i) => clusters[i].full), partial: [], misnamed: [],
  });
}

/** Whether two names of three words or more differ in the first given name only ("Ann Maria Roe" / "Eva Maria Roe"). */
function onlyFirstGivenDiffers(a: Profile, b: Profile): boolean {
  return a.names.some((x) => x.length >= 3 && b.names.some((y) => y.length === x.length && y.slice(1).join(' ') === x.slice(1).join(' ')));
}

/** Whether one person's name is another's without its first given name, with two words left at least. */
function dropsFirstGiven(a: Profile, b: Profile): boolean {
  const suffix = (long: string[], short: string[]) => short.length >= 2 && long.length > short.length && long.slice(long.length - short.length).join(' ') === short.join(' ');
  return a.names.some((x) => b.names.some((y) => suffix(x, y) || suffix(y, x)));
}

/**
 * Whether a surname-only word is a slip on a middle name: the middle name with a surname's "s"
 * ("Edward" / "Edwards"), one letter off, or another transliteration. A writer who read "Stephen
 * Edward Johnson" may call him "Edwards"; when the word names no one else in any article (it is only
 * tried when no surname or given name fits), it is that person under a wrong name. Exactly the
 * middle name is left alone: some people go by it.
 */
function slipOnMiddleName(middle: string, word: string): boolean {
  const fm = fold(middle), fw = fold(word);
  if (fm.length < 3 || fm === fw) return false;
  const v = compareNameWords(middle, word);
  return fm + 's' === fw || v === 'typo' || v === 'transliteration';
}

function samePerson(a: PersonMention, b: PersonMention): boolean {
  const s = compareNameWords(surnameOf(a), surnameOf(b));
  if (s === 'different') return false;
  if (!givenNamesCompatible(givenOf(a), givenOf(b))) return false;
  // Two variations at once (given name and surname) is more likely two people.
  return s === 'same' || s === 'case' || fold(givenOf(a)) === fold(givenOf(b));
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };
type Difference = Exclude<Variation, 'same' | 'different'> | 'given' | 'style';
const SEVERITY: Record<Difference, Severity> = {
  typo: 'warning', case: 'warning', spacing: 'warning', given: 'warning', transliteration: 'information', style: 'hint',
};
/** Worst first: the conflict's rule is the first of these any of its mentions shows. */
const ORDER: readonly Difference[] = ['typo', 'case', 'spacing', 'given', 'transliteration', 'style'];

/** How two full spellings of one person differ, or undefined when they do not; 'style' when only in particles, initials or a middle name one leaves out. */
function spellingDifference(a: readonly string[], b: readonly string[]): Difference | undefined {
  const fa = a.map(fold), fb = b.map(fold);
  if (fa.join(' ') === fb.join(' ')) return a.join(' ') !== b.join(' ') ? compareNameWords(a[a.length - 1], b[b.length - 1]) === 'case' ? 'case' : 'style' : undefined;
  const diffs: Variation[] = [compareNameWords(a[a.length - 1], b[b.length - 1])];
  // The other name without its first given name ("Bambang Soelistyo" for "Henry Bambang Soelistyo") is style.
  const shorter = fa.length < fb.length ? fa : fb, longer = shorter === fa ? fb : fa;
  const suffix = shorter.length >= 2 && longer.slice(longer.length - shorter.length).join(' ') === shorter.join(' ');
  const given: [string, string][] = [[a[0], b[0]]];
  // Middle names are compared only when both print the same number of them ("Betty Jane Roe" / "Betty Joan Roe").
  // Initials are left out: "George H. Roe" and "George W. Roe" may be two people, and an initial is often misread.
  if (a.length === b.length) for (let i = 1; i < a.length - 1; i++) if (a[i].replace(/\./g, '').length > 2 && b[i].replace(/\./g, '').length > 2) given.push([a[i], b[i]]);
  if (!suffix) {
    for (const [x, y] of given) {
      if (!givenNamesCompatible(x, y)) diffs.push('different');
      else if (x.length > 2 && y.length > 2 && !fold(x).startsWith(fold(y)) && !fold(y).startsWith(fold(x))) diffs.push(compareNameWords(x, y));
    }
  }
  const kinds: Difference[] = diffs.map((v) => (v === 'different' ? 'given' : v === 'same' ? 'style' : v));
  for (const v of ORDER) if (v !== 'style' && kinds.includes(v)) return v;
  return 'style';
}

/** The most used spelling; a tie goes to the longer one (a dropped letter is the commonest slip), then the alphabetical first. */
function mostUsed(counts: ReadonlyMap<string, number>): string {
  return [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]))[0][0];
}

/**
 * The spelling a person is reported under. The surname is the one most mentions use, surname-only
 * mentions included: "Holtzman" four times outvotes one "Andy Holtmzan". A tie goes to the longer
 * spelling (a dropped letter is the commonest slip: "Helmsey" for "Helmsley"), then the alphabetical
 * first. The full name is the one most often written with that surname, or, when the surname is only
 * ever written alone, the most written full name with its surname replaced.
 */
export function canonicalName(c: PersonCluster): { text: string; tokens: readonly string[]; written: boolean } {
  const votes = new Map<string, number>();
  const vote = (w: string) => votes.set(w, (votes.get(w) ?? 0) + 1);
  for (const m of c.full) vote(surnameOf(m));
  const fullSurnames = [...votes.keys()];
  for (const m of c.partial) if (fullSurnames.some((s) => compareNameWords(s, m.tokens[0]) !== 'different')) vote(m.tokens[0]);
  const surname = mostUsed(votes);
  const withSurname = c.full.filter((m) => surnameOf(m) === surname);
  const spellings = (list: readonly PersonMention[]) => {
    const counts = new Map<string, number>();
    for (const m of list) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
    return counts;
  };
  if (withSurname.length) {
    const text = mostUsed(spellings(withSurname));
    return { text, tokens: withSurname.find((m) => m.text === text)!.tokens, written: true };
  }
  const base = c.full.find((m) => m.text === mostUsed(spellings(c.full)))!;
  const cut = base.text.lastIndexOf(surnameOf(base));
  return { text: base.text.slice(0, cut) + surname, tokens: [...base.tokens.slice(0, -1), surname], written: false };
}

export function personConflicts(clusters: readonly PersonCluster[], houseStyle: boolean): Conflict[] {
  const out: Conflict[] = [];
  for (const c of clusters) {
    const { text: canonical, tokens: canonTokens, written } = canonicalName(c);
    let worst: Severity | undefined;
    const involved = new Map<PersonMention, RuleId>();
    const kinds = new Set<string>();
    for (const m of c.full) {
      if (m.text === canonical) continue;
      const d = spellingDifference(canonTokens, m.tokens);
      if (!d || (d === 'style' && !houseStyle)) continue;
      const sev = SEVERITY[d];
      kinds.add(d);
      involved.set(m, `name-${d}` as RuleId);
      if (!worst || RANK[sev] < RANK[worst]) worst = sev;
    }
    const surname = canonTokens[canonTokens.length - 1];
    for (const m of c.partial) {
      const d = compareNameWords(surname, m.tokens[0]);
      if (d === 'case' || d === 'typo' || d === 'transliteration' || d === 'spacing') {
        involved.set(m, `name-${d}`);
        kinds.add(d);
        if (!worst || RANK[SEVERITY[d]] < RANK[worst]) worst = SEVERITY[d];
      }
    }
    const mixup = misnamedConflict(c, canonical, surname);
    if (mixup) out.push(mixup);
    if (!worst) continue;
    // The canonical spelling's mentions are the other side of the disagreement.
    // In place order, so the message lists the spellings the same way whatever order articles were loaded in.
    // When the right spelling is only ever written as a surname alone, those mentions are the other side.
    const agreeing = (m: PersonMention) => involved.has(m) || (!written && m.tokens[0] === surname);
    const all = [...c.full.filter((m) => m.text === canonical || involved.has(m)), ...c.partial.filter(agreeing)].sort(byPlace);
    const spellings = [...new Set(all.map((m) => m.text))];
    out.push({
      kind: 'person',
      rule: ORDER.map((k) => `name-${k}` as const).find((r) => [...involved.values()].includes(r))!,
      severity: worst,
      subject: canonical,
      message: `${canonical} is spelled ${spellings.length} ways (${describe(kinds)}): ${spellings.map((s) => `"${s}"`).join(', ')}`,
      occurrences: all.map((m) => {
        const rule = involved.get(m);
        return rule ? { ...occurrence(m), rule } : occurrence(m);
      }),
    });
  }
  return out;
}

/**
 * A person called by a slip on their middle name: the wrong mentions, the full name that explains
 * the slip, and the first mention in every other article, where the person has their own name.
 */
function misnamedConflict(c: PersonCluster, canonical: string, surname: string): Conflict | undefined {
  if (!c.misnamed.length) return undefined;
  const wrong = [...new Set(c.misnamed.map((m) => m.tokens[0]))];
  const paths = new Set(c.misnamed.map((m) => m.path));
  const source = [...paths].map((p) => c.full.filter((m) => m.path === p && m.tokens.length > 2).sort(byPlace)[0]).filter((m): m is PersonMention => !!m);
  const firstBy = new Map<string, PersonMention>();
  for (const m of [...c.full, ...c.partial].sort(byPlace)) if (!paths.has(m.path) && !firstBy.has(m.path)) firstBy.set(m.path, m);
  const all = [...c.misnamed.map((m) => ({ ...occurrence(m), rule: 'name-mixup' as const })), ...source.map(occurrence), ...[...firstBy.values()].map(occurrence)].sort(byPlace);
  return {
    kind: 'person',
    rule: 'name-mixup',
    severity: 'warning',
    subject: canonical,
    message: `${canonical} is also called ${wrong.map((w) => `"${w}"`).join(', ')}, a slip on the middle name in ${source.map((m) => `"${m.text}"`).join(', ')}; elsewhere the surname is "${surname}"`,
    occurrences: all,
  };
}

function describe(kinds: Set<string>): string {
  const words: Record<Difference, string> = {
    typo: 'likely typo', case: 'capitalisation differs', spacing: 'written as one word and as two', given: 'different given name',
    transliteration: 'transliteration differs', style: 'house style differs',
  };
  // In the table's order, not the order they were met in, which follows the order articles were loaded.
  return ORDER.filter((k) => kinds.has(k)).map((k) => words[k]).join('; ');
}
