// Groups mentions into people across articles and reports names written in ways that cannot all be
// right. Surname-only mentions join the one full name they fit; people who share a surname stay
// apart when their given names differ.
import { compareNameWords, givenNamesCompatible, surnameKey, Variation } from '../names';
import { fold } from '../text';
import type { Conflict, PersonMention, RuleId, Severity } from '../types';
import { byPlace, majority, occurrence } from './occurrences';

export interface PersonCluster {
  readonly full: PersonMention[];
  readonly partial: PersonMention[];
}

const surnameOf = (m: PersonMention) => m.tokens[m.tokens.length - 1];
const givenOf = (m: PersonMention) => m.tokens[0];

export function clusterPeople(mentions: readonly PersonMention[]): PersonCluster[] {
  const fullNames = mentions.filter((m) => m.tokens.length >= 2);
  const supported = new Set(fullNames.filter((m) => m.evidence).map((m) => surnameKey(surnameOf(m))));
  // A full name without evidence of its own counts when a person with that surname is evidenced elsewhere.
  const accepted = fullNames.filter((m) => m.evidence || supported.has(surnameKey(surnameOf(m))));
  // Union-find, so that a typo joins its person through the spelling it is closest to.
  const parent = accepted.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < accepted.length; i++) {
    for (let j = i + 1; j < accepted.length; j++) {
      if (find(i) !== find(j) && samePerson(accepted[i], accepted[j])) parent[find(i)] = find(j);
    }
  }
  const roots = new Map<number, PersonCluster>();
  accepted.forEach((m, i) => {
    const r = find(i);
    if (!roots.has(r)) roots.set(r, { full: [], partial: [] });
    roots.get(r)!.full.push(m);
  });
  const clusters = [...roots.values()];
  for (const m of mentions.filter((x) => x.tokens.length === 1)) {
    const word = m.tokens[0];
    // Exact surname first; a near spelling only when no cluster has it exactly.
    let fits = clusters.filter((c) => c.full.some((o) => surnameKey(surnameOf(o)) === surnameKey(word)));
    if (fits.length === 0) fits = clusters.filter((c) => c.full.some((o) => o.path === m.path && compareNameWords(surnameOf(o), word) === 'typo'));
    if (fits.length === 0) fits = clusters.filter((c) => c.full.some((o) => fold(givenOf(o)) === fold(word)));
    if (fits.length === 1) fits[0].partial.push(m);
  }
  return clusters;
}

function samePerson(a: PersonMention, b: PersonMention): boolean {
  const s = compareNameWords(surnameOf(a), surnameOf(b));
  if (s === 'different') return false;
  if (!givenNamesCompatible(givenOf(a), givenOf(b))) return false;
  // Two variations at once (given name and surname) is more likely two people.
  return s === 'same' || s === 'case' || fold(givenOf(a)) === fold(givenOf(b));
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };
const SEVERITY: Record<Exclude<Variation, 'same' | 'different'> | 'style', Severity> = {
  typo: 'warning', case: 'warning', transliteration: 'information', style: 'hint',
};

/** How two full spellings of one person differ, or undefined when only in house style (particles, middle names, initials). */
function spellingDifference(a: readonly string[], b: readonly string[]): Variation | 'style' | undefined {
  const ga = a[0], gb = b[0], sa = a[a.length - 1], sb = b[b.length - 1];
  const diffs = [compareNameWords(sa, sb), ga.length > 2 && gb.length > 2 && !fold(ga).startsWith(fold(gb)) && !fold(gb).startsWith(fold(ga)) ? compareNameWords(ga, gb) : 'same'];
  for (const v of ['case', 'typo', 'transliteration'] as const) if (diffs.includes(v)) return v;
  return a.join(' ') !== b.join(' ') ? 'style' : undefined;
}

export function personConflicts(clusters: readonly PersonCluster[], houseStyle: boolean): Conflict[] {
  const out: Conflict[] = [];
  for (const c of clusters) {
    const canonical = majority(c.full.map((m) => m.text));
    const canonTokens = c.full.find((m) => m.text === canonical)!.tokens;
    let worst: Severity | undefined;
    const involved = new Map<PersonMention, RuleId>();
    const kinds = new Set<string>();
    for (const m of c.full) {
      if (m.text === canonical) continue;
      const d = spellingDifference(canonTokens, m.tokens);
      if (!d || (d === 'style' && !houseStyle)) continue;
      const sev = SEVERITY[d as keyof typeof SEVERITY];
      kinds.add(d);
      involved.set(m, `name-${d}` as RuleId);
      if (!worst || RANK[sev] < RANK[worst]) worst = sev;
    }
    const surname = canonTokens[canonTokens.length - 1];
    for (const m of c.partial) {
      const d = compareNameWords(surname, m.tokens[0]);
      if (d === 'case' || d === 'typo') {
        involved.set(m, `name-${d}`);
        kinds.add(d);
        worst = 'warning';
      }
    }
    if (!worst) continue;
    // The canonical spelling's mentions are the other side of the disagreement.
    const all = [...c.full.filter((m) => m.text === canonical || involved.has(m)), ...c.partial.filter((m) => involved.has(m))];
    const spellings = [...new Set(all.map((m) => m.text))];
    out.push({
      kind: 'person',
      rule: (['typo', 'case', 'transliteration', 'style'] as const).map((k) => `name-${k}` as const).find((r) => [...involved.values()].includes(r))!,
      severity: worst,
      subject: canonical,
      message: `${canonical} is spelled ${spellings.length} ways (${describe(kinds)}): ${spellings.map((s) => `"${s}"`).join(', ')}`,
      occurrences: all.sort(byPlace).map((m) => {
        const rule = involved.get(m);
        return rule ? { ...occurrence(m), rule } : occurrence(m);
      }),
    });
  }
  return out;
}

function describe(kinds: Set<string>): string {
  const words: Record<string, string> = { typo: 'likely typo', case: 'capitalisation differs', transliteration: 'transliteration differs', style: 'house style differs' };
  return [...kinds].map((k) => words[k]).join('; ');
}
