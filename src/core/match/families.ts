// A family name spelled two ways inside one article: a caption gives the daughter as "Ann Rossen"
// while the text calls her mother "Mary Rosen" throughout. The two are different people, so
// clustering never joins them and no spelling of one person differs; the article still cannot be
// right both times.
import damerauLevenshtein from 'talisman/metrics/damerau-levenshtein';
import { compareNameWords, deletionKeys } from '../names';
import { fold, isCapitalised } from '../text';
import type { Conflict, PersonMention } from '../types';
import { byPlace, occurrence } from './occurrences';
import type { PersonCluster } from './people';

/** How often the family's spelling must be written in the article, so that the other one is the odd one out. */
const FAMILY_MIN = 3;
/** Shorter surnames differ by a letter between unrelated families too often ("Hale" / "Hall"). */
const MIN_LENGTH = 5;

const surnameOf = (m: PersonMention) => m.tokens[m.tokens.length - 1];

/**
 * Reports a surname written once in all the articles, in a full name, when its own article writes a
 * spelling one letter away at least three times, and the article ties the two: the person written
 * once is called by their given name alone elsewhere in it, as a story calls the child or spouse of a
 * family it names by surname. Two unrelated people a letter apart in one story are rare; that the odd
 * spelling is written once, and the tie, keep them out.
 */
export function familyConflicts(clusters: readonly PersonCluster[], mentions: readonly PersonMention[]): Conflict[] {
  const clusterOf = new Map<PersonMention, number>();
  clusters.forEach((c, i) => { for (const m of [...c.full, ...c.partial]) clusterOf.set(m, i); });
  const total = new Map<string, number>();
  const byPath = new Map<string, Map<string, PersonMention[]>>();
  const givenAlone = new Map<string, Map<string, number>>();
  for (const m of mentions) {
    const s = surnameOf(m);
    total.set(s, (total.get(s) ?? 0) + 1);
    if (m.tokens.length === 1) {
      const given = givenAlone.get(m.path) ?? givenAlone.set(m.path, new Map()).get(m.path)!;
      given.set(m.tokens[0], (given.get(m.tokens[0]) ?? 0) + 1);
    }
    // Only mentions the clustering accepted as people spell a family name.
    if (m.vocabulary || !clusterOf.has(m)) continue;
    const spellings = byPath.get(m.path) ?? byPath.set(m.path, new Map()).get(m.path)!;
    (spellings.get(s) ?? spellings.set(s, []).get(s)!).push(m);
  }
  const out: Conflict[] = [];
  for (const [path, spellings] of byPath) {
    // The family spellings of this article, indexed by their one-deletion keys.
    const families = new Map<string, string[]>();
    for (const [s, ms] of spellings) {
      if (ms.length < FAMILY_MIN || fold(s).length < MIN_LENGTH) continue;
      for (const k of deletionKeys(fold(s))) (families.get(k) ?? families.set(k, []).get(k)!).push(s);
    }
    if (!families.size) continue;
    for (const [odd, [m]] of spellings) {
      if (total.get(odd) !== 1 || m.tokens.length < 2 || fold(odd).length < MIN_LENGTH || !isCapitalised(odd)) continue;
      const near = new Set(deletionKeys(fold(odd)).flatMap((k) => families.get(k) ?? []));
      // One letter apart, a vowel included: inside one article "Rosen" / "Rossen" is no transliteration choice.
      const family = [...near].filter((s) => isCapitalised(s) && compareNameWords(odd, s) !== 'different' && damerauLevenshtein(fold(odd), fold(s)) === 1);
      if (family.length !== 1) continue;
      const kin = spellings.get(family[0])!;
      // One person's own misspelling is reported with that person.
      if (kin.some((k) => clusterOf.get(k) === clusterOf.get(m))) continue;
      if (!givenAlone.get(path)?.get(m.tokens[0])) continue;
      out.push({
        kind: 'person',
        rule: 'name-family',
        severity: 'warning',
        subject: family[0],
        message: `The family name is spelled "${family[0]}" ${kin.length} times and "${odd}" once in one article`,
        occurrences: [{ ...occurrence(m), rule: 'name-family' as const }, ...kin.map(occurrence)].sort(byPlace),
      });
    }
  }
  return out;
}
